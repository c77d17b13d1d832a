/* Generert fra OpenAPI-dokumentet med `npm run klient`; endres ikke for hånd. */

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prosessen lever (uten innlogging) */
        get: operations["sjekkLiv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PostgreSQL og køen svarer (uten innlogging) */
        get: operations["sjekkKlar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kommuner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De fire kommunene og innstillingene deres */
        get: operations["listKommuner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kommuner/{kommunenummer}/innstillinger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Endre kommunens klageorgan og forskrift om langtidsopphold */
        put: operations["endreKommuneinnstillinger"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tjenester": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tjenestekatalogen med rettsgrunnlag, klagevei og tekster */
        get: operations["listTjenester"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Arbeidslisten, sidevis, med filtre */
        get: operations["hentArbeidsliste"];
        put?: never;
        /** Registrer en søknad (digital, papir eller muntlig) */
        post: operations["registrerSoknad"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saken med person, historikk, journal, kartlegginger, vedtak, klager og brev */
        get: operations["hentSak"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/kartlegging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrer kartleggingen (IPLOS); bistandsbehovet utledes */
        post: operations["registrerKartlegging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/tildeling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tildel saken til en saksbehandler */
        post: operations["tildelSaksbehandler"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/handlinger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Et steg som bare endrer status (start kartlegging, iverksett, revurder, avslutt, trekk, avvis)
         * @description trekk: søkeren har trukket søknaden; bekreftelsesbrevet trukket bestilles i samme transaksjon (trukketMaate sier hvordan, standard muntlig). avvis: søknaden avvises uten realitetsbehandling; avvisningen er et vedtak, og brevet soknad_avvist med kommentar som begrunnelse og klageretten bestilles i samme transaksjon. kommentar er da påkrevd.
         */
        post: operations["utforHandling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/innhenting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Be om opplysninger (forvaltningsloven § 17)
         * @description Brevet innhenting_opplysninger med hva kontoret trenger og svarfristen bestilles i samme transaksjon; saken viser at den venter på opplysningene (innhenting). Bare før vedtak.
         */
        post: operations["beOmOpplysninger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/foreloepig-svar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send foreløpig svar (forvaltningsloven § 11 a)
         * @description Så snart saken ventes å ta mer enn en måned: brevet foreloepig_svar med grunnen (valgt, eller det saken venter på) og datoen kontoret regner med å svare, bestilt i samme transaksjon. Én per sak; den planlagte runden sender ikke et til.
         */
        post: operations["sendForeloepigSvar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/forhandsvarsel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send forhåndsvarsel før en tjeneste reduseres eller stanses (forvaltningsloven § 16)
         * @description Under revurdering: brevet forhandsvarsel med hva kontoret vurderer å endre, fra når, og fristen for å uttale seg, bestilt i samme transaksjon. Et endringsvedtak som gir mindre enn vedtaket i kraft, kan først fattes når fristen er ute.
         */
        post: operations["sendForhandsvarsel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skriv et journalnotat i saken */
        post: operations["skrivJournalnotat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/kommunebytte": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flytt saken til en annen av de fire kommunene */
        post: operations["byttKommune"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tilgangslogg/sok": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hvem som har lest eller endret en persons opplysninger */
        post: operations["sokITilgangslogg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/anbefaling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kriterienes anbefaling per tjeneste, med begrunnelser */
        get: operations["hentAnbefaling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/vedtak": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fatt vedtak (eller skriv utkast der fire øyne gjelder) */
        post: operations["fattVedtak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/vedtak/forhandsvisning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vedtaksbrevet slik det blir, uten at noe lagres */
        post: operations["forhandsvisVedtaksbrev"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vedtak/{id}/godkjenning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Godkjenn et vedtaksutkast (fire øyne) */
        post: operations["godkjennVedtak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vedtak/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vedtaket med tjenester, grunnlag og brev */
        get: operations["hentVedtak"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vedtak/{id}/brev": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vedtaksbrevet som PDF/A */
        get: operations["hentVedtaksbrev"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/klage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrer en klage på et vedtak */
        post: operations["registrerKlage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/klager/{id}/vurdering": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kommunens vurdering av klagen: omgjort eller opprettholdt (og oversendt) */
        post: operations["vurderKlage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/klager/{id}/avslutning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Registrer at klagen er trukket, eller avvis den
         * @description trukket: mens klagen er mottatt eller oversendt (er den oversendt, må Statsforvalteren få beskjed: statsforvalterenMaaVarsles). avvist: bare mens klagen er mottatt (forvaltningsloven §§ 31 og 33 andre ledd); avvisningen er et vedtak, og brevet klage_avvist bestilles i samme transaksjon. Trekking gir et bekreftelsesbrev (klage_trukket). Saken går tilbake til status vedtatt.
         */
        post: operations["avsluttKlage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/klager/{id}/fristoppreisning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ta en klage som kom for sent under behandling likevel (forvaltningsloven § 31)
         * @description Bare for en klage etter fristen som ennå ikke er vurdert. Begrunnelsen registreres på klagen; deretter kan kontoret vurdere den. Alternativet er å avvise den (avslutning med avvist).
         */
        post: operations["taOppSenKlage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/klager/{id}/statsforvalteren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrer Statsforvalterens avgjørelse i klagesaken */
        post: operations["registrerStatsforvalterensAvgjorelse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brev/feilede": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brev som ikke kunne lages eller sendes etter alle forsøk */
        get: operations["listFeiledeBrev"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brev/etterslep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brev som venter, og alderen på det eldste, per kommune */
        get: operations["hentBrevetterslep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brev/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Et brev som PDF/A, nøyaktig de bytene som ble sendt */
        get: operations["hentBrevPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brev/{id}/ny-kjoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lag eller send et feilet brev på nytt */
        post: operations["kjorBrevPaaNytt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venteliste": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ventelisten for langtidsopphold i kommunen */
        get: operations["hentVenteliste"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venteliste/{id}/avslutning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ta en person av ventelisten (tildelt eller fjernet) */
        post: operations["avsluttVenteliste"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/soknader/{id}/dokumenter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sakens inngående dokumenter, eldste først (uten innholdet) */
        get: operations["listDokumenter"];
        put?: never;
        /** Last opp et inngående dokument til saken (PDF, JPEG eller PNG, høyst 10 MB; typen leses av innholdet) */
        post: operations["lastOppDokument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dokumenter/{id}/innhold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dokumentet som de nøyaktige bytene som ble lastet opp (som vedlegg, aldri vist av tjeneren) */
        get: operations["hentDokumentinnhold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sok": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Søk etter personer og saker i kommunene dine, på navn, fødselsnummer eller saksnummer */
        post: operations["sokPersonerOgSaker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personer/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alt om en person i kommunene du har tilgang til: søknader, løpende tjenester, vedtak, brev, klager, venteliste, journalnotater og dokumenter */
        get: operations["hentPersonoversikt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/innboks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saksbehandlerens startside: mine åpne saker, utkast til godkjenning (aldri egne), frister denne uken og passerte, evalueringer og utløpende vedtak innen 30 dager, foreløpige svar, klager og feilede brev (ledere) */
        get: operations["hentInnboks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hendelser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Endringsstrømmen: hendelser i sakene etter markøren, eldste først
         * @description Sak registrert, status endret, vedtak fattet, brev sendt, klage registrert og klage avgjort, i kommunene du har tilgang til. Bare id-er og saksnummer, aldri personopplysninger. Hendelsen skrives i samme transaksjon som endringen, og id-ene deles ut i den rekkefølgen endringene ble lagret: en markør hopper aldri over en hendelse.
         */
        get: operations["hentHendelser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/abonnementer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Abonnementene i kommunene dine, uten hemmelighetene */
        get: operations["listAbonnementer"];
        put?: never;
        /**
         * Abonner på hendelser med webhook
         * @description Hver hendelse av typene abonnementet gjelder, i kommunen, sendes som POST med JSON-kroppen fra endringsstrømmen, signert i X-TK-Signatur (t=<unix-sekunder>,v1=<hex HMAC-SHA256 av "<t>.<kropp>">), med X-TK-Hendelse-Id og X-TK-Leveranse-Id (samme id ved et nytt forsøk: bruk den til å se bort fra en gjentakelse). Et svar som ikke er 2xx prøves igjen med økende ventetid.
         */
        post: operations["opprettAbonnement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/abonnementer/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ett abonnement, uten hemmeligheten */
        get: operations["hentAbonnement"];
        put?: never;
        post?: never;
        /** Slett et abonnement og leveranseloggen; forsendelser som venter, blir ikke sendt */
        delete: operations["slettAbonnement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/abonnementer/{id}/leveranser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leveranseloggen: status, forsøk og siste HTTP-status per hendelse, nyeste først (aldri kroppen) */
        get: operations["hentLeveranser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rapporter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De nyeste rapportene du kan se, uten innhold */
        get: operations["listRapporter"];
        put?: never;
        /** Bestill en likebehandlingsrapport (lages i bakgrunnen) */
        post: operations["bestillRapport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rapporter/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Én rapports status */
        get: operations["hentRapport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rapporter/{id}/innhold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rapporten som JSON, CSV eller PDF */
        get: operations["hentRapportinnhold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tildelingskriterier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle versjoner av tildelingskriteriene, nyeste først, uten innholdet; filtrer på status */
        get: operations["listKriteriesett"];
        put?: never;
        /** Lag en ny versjon som utkast (versjon = høyeste + 1); innhold og lokale avvik valideres fullt */
        post: operations["opprettKriteriesett"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tildelingskriterier/skjema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON Schema for innholdet i et kriteriesett (det tjeneren validerer mot) */
        get: operations["hentKriterieskjema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tildelingskriterier/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lag et utkast fra en eksportfil (GET /tildelingskriterier/{id}/eksport); navn og gyldighet hentes fra filen */
        post: operations["importerKriteriesett"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tildelingskriterier/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Én versjon med innhold og lokale avvik */
        get: operations["hentKriteriesett"];
        /** Erstatt et utkast (navn, gyldighet, innhold, lokale avvik); bare utkast kan endres */
        put: operations["endreKriteriesett"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tildelingskriterier/{id}/publiser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publiser et utkast
         * @description Valideres på nytt. Publiserte versjoner kan ikke overlappe i tid, og en publisert versjon endres aldri: trekk tilbake den gamle først, eller gi utkastet en periode som begynner etter at den gamle slutter.
         */
        post: operations["publiserKriteriesett"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tildelingskriterier/{id}/trekk-tilbake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trekk tilbake en publisert versjon (eller forkast et utkast); endelig. Vedtak fattet etter versjonen beholder den. */
        post: operations["trekkTilbakeKriteriesett"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tildelingskriterier/{id}/sammenligning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Én kommunes lokale avvik side om side med de felles reglene, regel for regel */
        get: operations["sammenlignKriteriesett"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tildelingskriterier/{id}/eksport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Last ned versjonen som fil (kriteriesett og lokale avvik), til gjennomgang utenfor systemet og import */
        get: operations["eksporterKriteriesett"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brevmaler": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle versjoner av brevmalene, uten tekstene; filtrer på brevtype, målform, status og iBruk */
        get: operations["listBrevmaler"];
        put?: never;
        /** Lag en ny versjon som utkast (versjon = høyeste for brevtype og målform + 1) */
        post: operations["opprettBrevmal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brevmaler/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Én versjon av en brevmal med tekstene */
        get: operations["hentBrevmal"];
        /** Endre innholdet i et utkast */
        put: operations["endreBrevmal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brevmaler/{id}/publiser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publiser et utkast: det blir versjonen nye brev bruker */
        post: operations["publiserBrevmal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brevmaler/{id}/trekk-tilbake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trekk tilbake et utkast eller en publisert versjon (endelig); forrige publiserte versjon tas i bruk igjen */
        post: operations["trekkTilbakeBrevmal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brevmaler/{id}/forhandsvisning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flett malen med eksempeldata og kommunens brevhode; svarer med tekst, ikke PDF */
        post: operations["forhandsvisBrevmal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/innlogging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Innloggingsmåtene nettappen skal tilby (uten innlogging) */
        get: operations["hentInnloggingsvalg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/innlogging/meg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Den innloggede brukeren slik API-et leser tokenet */
        get: operations["hentInnloggetBruker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Utviklingstoken for en demobruker (finnes ikke i produksjon) */
        post: operations["lagUtviklingstoken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LivSvar: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @description Stabil kode for feilen; den samme i alle versjoner
         * @enum {string}
         */
        Problemkode: "VALIDERING" | "UGYLDIG_JSON" | "UGYLDIG_TEGN" | "UGYLDIG_TEGNSETT" | "FOR_STOR" | "UGYLDIG_TOKEN" | "MANGLER_ROLLE" | "FOR_MANGE" | "UTILGJENGELIG" | "IKKE_KLAR" | "UGYLDIG_IDEMPOTENCY_KEY" | "IDEMPOTENCY_KEY_BRUKT" | "IDEMPOTENCY_KEY_UNDERVEIS" | "UTDATERT_VERSJON" | "UGYLDIG_IF_MATCH" | "IKKE_FUNNET" | "UGYLDIG_FORMAT" | "UGYLDIG_DATO" | "UGYLDIG_SOKNAD" | "UGYLDIG_FODSELSNUMMER" | "UKJENT_KOMMUNE" | "UKJENT_TJENESTE" | "KOMMUNE_IKKE_TILGANG" | "SAMME_KOMMUNE" | "INGEN_KOMMUNE" | "ULOVLIG_OVERGANG" | "UKJENT_HANDLING" | "UGYLDIG_TREKKMAATE" | "UGYLDIG_KARTLEGGING" | "MANGLER_KARTLEGGING" | "UGYLDIG_INNHENTING" | "KAN_IKKE_INNHENTE" | "HAR_VEDTAK" | "MANGLER_ADRESSE" | "KREVER_HOYT_SIKKERHETSNIVAA" | "UGYLDIG_OPPHORSGRUNN" | "MANGLER_OPPHORSGRUNN" | "UGYLDIG_FORELOEPIG_SVAR" | "KAN_IKKE_SENDE_FORELOEPIG_SVAR" | "FORELOEPIG_SVAR_SENDT" | "UGYLDIG_FORHANDSVARSEL" | "KAN_IKKE_VARSLE" | "UGYLDIGE_INNSTILLINGER" | "KLAGE_FOR_SEN" | "KLAGE_INNEN_FRIST" | "KLAGE_TATT_OPP" | "UGYLDIG_VEDTAK" | "UGYLDIG_UTFALL" | "UGYLDIG_ERSTATNING" | "MANGLER_BEGRUNNELSE" | "SAMME_SAKSBEHANDLER" | "IKKE_UTKAST" | "INGEN_KRITERIER" | "UGYLDIG_KLAGE" | "KLAGE_VURDERT" | "KLAGE_IKKE_OVERSENDT" | "KLAGE_KAN_IKKE_AVSLUTTES" | "IKKE_PAA_VENTELISTE" | "INGEN_BREV" | "BREV_IKKE_KLART" | "BREV_IKKE_FEILET" | "BREVDATA_UGYLDIG" | "INGEN_BREVMAL" | "BREVMAL_UGYLDIG" | "BREVMAL_VALIDERING" | "BREVMAL_PUBLISERT" | "BREVMAL_ALLEREDE_PUBLISERT" | "BREVMAL_TILBAKETRUKKET" | "BREVMAL_UTDATERT" | "SISTE_PUBLISERTE_BREVMAL" | "SVARUT_IKKE_KONFIGURERT" | "SVARUT_AVVIST" | "KRITERIER_UGYLDIGE" | "KRITERIER_UGYLDIGE_AVVIK" | "KRITERIER_PUBLISERT" | "KRITERIER_ALLEREDE_PUBLISERT" | "KRITERIER_TILBAKETRUKKET" | "KRITERIER_OVERLAPPENDE_GYLDIGHET" | "KRITERIER_ERSTATTER_UGYLDIG" | "KRITERIER_MANGLER_TJENESTE" | "KRITERIER_INGEN_REGEL" | "KRITERIEFIL_UGYLDIG" | "UGYLDIG_SOK" | "UGYLDIG_DOKUMENT" | "UGYLDIG_DOKUMENTTYPE" | "DOKUMENT_FOR_STORT" | "UGYLDIG_ABONNEMENT" | "RAPPORT_IKKE_TILLATT" | "RAPPORT_FINNES_IKKE" | "RAPPORT_IKKE_KLAR" | "ugyldig_klassifisering" | "ugyldig_tabell" | "mangler_grunnlag" | "inkonsistent_historikk" | "kan_ikke_anonymisere" | "utgivelse_holdt_tilbake";
        FeltFeil: {
            /** @example person.fodselsnummer */
            field: string;
            /** @example Fødselsnummeret har feil kontrollsiffer. */
            message: string;
        };
        Problem: {
            /**
             * Format: uri
             * @example https://tk-lofoten.no/problemer/ulovlig-overgang
             */
            type: string;
            /** @example Konflikt med sakens tilstand */
            title: string;
            /** @example 409 */
            status: number;
            /** @example Saken har status «vedtatt». */
            detail: string;
            /**
             * @description Står i loggen; oppgi den ved henvendelse
             * @example 6f1c2a4e-2b1a-4d55-9d0e-1f8f0a6c9b21
             */
            correlationId: string;
            /**
             * @description Stabil kode for feilen; den samme i alle versjoner
             * @example ULOVLIG_OVERGANG
             */
            code?: components["schemas"]["Problemkode"];
            /** @description Feltene som er feil (ved 400 og 422) */
            errors?: components["schemas"]["FeltFeil"][];
            /** @description Bare ved 503 fra /health/ready: hvilken avhengighet som ikke svarer */
            details?: {
                [key: string]: unknown;
            };
        };
        KlarSvar: {
            /** @enum {string} */
            status: "ok";
            /**
             * @example {
             *       "postgres": {
             *         "status": "up"
             *       }
             *     }
             */
            info: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            error: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            details: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        KommuneDto: {
            /** @example 1865 */
            kommunenummer: string;
            /** @example Vågan */
            navn: string;
            /**
             * @example nb
             * @enum {string}
             */
            maalform: "nb" | "nn";
            /** @example Vågan kommune, ved Felles tildelingskontor Lofoten */
            brevhode: string;
            /** @example 9800 */
            innbyggere: number;
            /** @example 2150 */
            innbyggere67Pluss: number;
            /** @example 640 */
            innbyggere80Pluss: number;
            /** @example 940443374 */
            organisasjonsnummer: string;
            /** @example Postboks 848, 8305 Svolvær */
            postadresse: string;
            /** @example 76 06 60 00 */
            telefon: string;
            /** @example postmottak@vagan.kommune.no */
            epost: string;
            /** @example Felles tildelingskontor Lofoten, Postboks 203, 8376 Leknes */
            klageadresse: string;
            /**
             * @description Tjenester som krever godkjenning av en annen (fire øyne)
             * @example [
             *       "langtidsopphold",
             *       "bpa"
             *     ]
             */
            fireOyneTjenester: string[];
            /**
             * @description Kommunens eget klageorgan: avgjør klager på skjønnsmessige tjenester (forvaltningsloven § 28 andre ledd)
             * @example Klagenemnda i Vågan kommune
             */
            klageorgan: string;
            /**
             * @description Kommunens forskrift om langtidsopphold og venteliste (helse- og omsorgstjenesteloven § 3-2 a): fullt navn
             * @example Forskrift om tildeling av langtidsopphold i sykehjem eller tilsvarende bolig særskilt tilrettelagt for heldøgns tjenester, Vågan kommune, Nordland
             */
            langtidsforskrift: string;
            /**
             * @description Datoen forskriften ble vedtatt
             * @example 2017-06-20
             */
            langtidsforskriftDato: string;
            /**
             * @description Hvordan brevene sendes: filavlevering eller KS SvarUt (digital post, utskrift som reserve)
             * @example fil
             * @enum {string}
             */
            leveransekanal: "fil" | "svarut";
            /**
             * @description Om saker, brev, klager og journalnotater arkiveres gjennom Fiks Arkiv
             * @example ingen
             * @enum {string}
             */
            arkivering: "ingen" | "fiks_arkiv";
        };
        KommuneinnstillingerDto: {
            /** @example Klagenemnda i Vågan kommune */
            klageorgan: string;
            /** @example Forskrift om tildeling av langtidsopphold i sykehjem eller tilsvarende bolig særskilt tilrettelagt for heldøgns tjenester, Vågan kommune, Nordland */
            langtidsforskrift: string;
            /**
             * Format: date
             * @example 2017-06-20
             */
            langtidsforskriftDato: string;
        };
        TjenesteSvar: {
            /** @example praktisk-bistand */
            kode: string;
            /** @example Praktisk bistand */
            navn: string;
            navnNynorsk: string;
            hjemmel: string;
            /** @example timer_per_uke */
            omfangsenhet: string;
            rettighet: boolean;
            /** @enum {string} */
            rettsgrunnlag: "pbrl_2_1_a" | "pbrl_2_1_d" | "pbrl_2_1_e" | "skjonn";
            /** @description Navn, hjemmel, plikt og rett på bokmål og nynorsk */
            tekster: {
                [key: string]: unknown;
            };
            egenandel: boolean;
            rapporteringskode: string;
            tjenestegruppe: string;
            /** @enum {string} */
            klageinstans: "statsforvalteren" | "kommunen";
            behandlingsfristDager: number;
            aktiv: boolean;
        };
        SoktOmDto: {
            /**
             * @description En av tjenestene i søknaden
             * @example praktisk-bistand
             */
            tjenestekode: string;
            /**
             * @description Omfanget det søkes om, i tjenestens enhet (timer per uke eller døgn)
             * @example 4
             */
            omfang?: number;
            /**
             * @description Hvor ofte, med søkerens ord
             * @example hver uke
             */
            frekvens?: string;
        };
        RepresentantDto: {
            /** @example Kari Nordmann */
            navn: string;
            /** @enum {string} */
            rolle: "verge" | "fullmektig" | "forelder";
            /** @example Storgata 1, 8300 Svolvær */
            adresse?: string;
            /** @example 900 00 000 */
            telefon?: string;
        };
        PersonDto: {
            /**
             * @description Fødselsnummer eller D-nummer (11 siffer). Returneres aldri, og står aldri i en URL.
             * @example 01817012345
             */
            fodselsnummer: string;
            /** @example Ola Nordmann */
            navn: string;
            /** @example Fiskergata 3, 8390 Reine */
            adresse?: string;
            telefon?: string;
            epost?: string;
            /**
             * @description Mottakers målform; ellers kommunens
             * @enum {string}
             */
            maalform?: "nb" | "nn";
            /** @description Strengt fortrolig adresse: adressen vises bare for navngitte saksbehandlere og aldri i brev */
            strengtFortrolig?: boolean;
            representant?: components["schemas"]["RepresentantDto"];
        };
        RegistrerSoknadDto: {
            /**
             * @description Ansvarlig kommune (der personen bor eller oppholder seg)
             * @example 1865
             */
            kommunenummer: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            mottattDato: string;
            /**
             * @description Muntlige søknader og papirsøknader er like gyldige og registreres av saksbehandler
             * @enum {string}
             */
            kanal: "digital" | "papir" | "muntlig" | "registrert_av_saksbehandler";
            /** @enum {string} */
            sokerType: "selv" | "verge" | "fullmektig" | "parorende" | "forelder";
            /** @description Navn på den som søkte, når det ikke er personen selv */
            sokerNavn?: string;
            /**
             * @description Tjenestekoder fra GET /tjenester
             * @example [
             *       "praktisk-bistand"
             *     ]
             */
            tjenester: string[];
            /** @example Trenger hjelp til rengjøring og handling etter hoftebrudd. */
            fritekst?: string;
            /** @description Hva det søkes om per tjeneste (omfang, hyppighet), når det er kjent. Kan utelates, for eksempel ved en muntlig søknad. Står i vedtaksbrevet ved siden av det som innvilges. */
            soktOm?: components["schemas"]["SoktOmDto"][];
            /** @description Øyeblikkelig hjelp er gitt; vedtak fattes i etterkant */
            akutt?: boolean;
            person: components["schemas"]["PersonDto"];
        };
        RegistrertSoknadDto: {
            /** Format: uuid */
            id: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** @example mottatt */
            status: string;
            /**
             * Format: date
             * @example 2026-11-30
             */
            fristDato: string;
            /** @example 1 */
            versjon: number;
        };
        SakSvar: {
            /** Format: uuid */
            id: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** @example 1865 */
            kommunenummer: string;
            /**
             * @example under_kartlegging
             * @enum {string}
             */
            status: "mottatt" | "under_kartlegging" | "vedtak_utkast" | "vedtatt" | "i_gang" | "under_revurdering" | "avsluttet" | "trukket" | "avvist" | "klage_mottatt" | "omgjort" | "oversendt_statsforvalteren" | "statsforvalteren_avgjort";
            /** @example Under kartlegging */
            statusnavn: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            mottattDato: string;
            /**
             * Format: date
             * @description Saksbehandlingsfristen
             * @example 2026-12-02
             */
            fristDato: string;
            forfalt: boolean;
            snartForfall: boolean;
            /**
             * Format: date
             * @example 2026-11-30
             */
            forelopigSvarDato: string | null;
            /**
             * @example [
             *       "praktisk-bistand"
             *     ]
             */
            tjenester: string[];
            /** @example Ola Nordmann */
            personnavn: string;
            saksbehandlerId: string | null;
            saksbehandlerNavn: string | null;
            akutt: boolean;
            /**
             * @description Ressursens versjon etter endringen; send den med neste endring
             * @example 3
             */
            versjon: number;
        };
        ArbeidslisteSvar: {
            elementer: components["schemas"]["SakSvar"][];
            /**
             * @description Treff, talt nøyaktig opptil 1000 etter sidens start
             * @example 42
             */
            totalt: number;
            /** @description Det er flere treff enn totalt (tellingen stoppet der) */
            totaltAvkortet: boolean;
            /** @example 1 */
            side: number;
            /** @example 25 */
            antall: number;
        };
        SoktOmSvar: {
            /** @example praktisk-bistand */
            tjenestekode: string;
            /** @example 4 */
            omfang: number | null;
            /** @example hver uke */
            frekvens: string | null;
        };
        InnhentingSvar: {
            opplysninger: string[];
            /**
             * Format: date
             * @example 2026-12-20
             */
            svarfrist: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            bestiltDato: string;
        };
        ForhaandsvarselSvar: {
            /**
             * Format: uuid
             * @description Vedtaket som gjelder nå
             */
            vedtakId: string;
            /** @description Hva kontoret vurderer å endre, og hvorfor */
            endring: string;
            /**
             * Format: date
             * @example 2026-12-20
             */
            virkningsdato: string;
            /**
             * Format: date
             * @example 2026-12-10
             */
            uttalelsesfrist: string;
            /**
             * Format: date
             * @example 2026-11-30
             */
            sendtDato: string;
        };
        RepresentantSvar: {
            navn: string;
            /** @example verge */
            rolle: string;
            adresse?: string | null;
            telefon?: string | null;
        };
        PersonSvar: {
            /** Format: uuid */
            id: string;
            /** @example Ola Nordmann */
            navn: string;
            /**
             * Format: date
             * @example 1970-01-01
             */
            fodselsdato: string;
            /**
             * @description Bare fødselsdatoen; hele nummeret returneres aldri
             * @example 010170*****
             */
            fodselsnummerMaskert: string;
            adresse: string | null;
            adresseSkjermet: boolean;
            telefon: string | null;
            epost: string | null;
            strengtFortrolig: boolean;
            representant: components["schemas"]["RepresentantSvar"] | null;
        };
        StatushistorikkSvar: {
            fraStatus: string | null;
            tilStatus: string;
            /** @example start_kartlegging */
            handling: string;
            /**
             * Format: date-time
             * @example 2026-11-05T09:30:00.000Z
             */
            tidspunkt: string;
            brukerNavn: string;
            kommentar: string | null;
        };
        JournalnotatSvar: {
            /** Format: uuid */
            id: string;
            tekst: string;
            opprettetAvNavn: string;
            /**
             * Format: date-time
             * @example 2026-11-05T09:30:00.000Z
             */
            opprettet: string;
        };
        IplosDto: {
            /**
             * @description Sosial deltakelse: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            sosialDeltakelse: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Beslutninger i dagliglivet: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            beslutningerIDagliglivet: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Styre atferd: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            styreAtferd: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Alminnelig husarbeid: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            alminneligHusarbeid: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Skaffe seg varer og tjenester: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            skaffeVarerOgTjenester: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Lage mat: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            lageMat: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Ivareta egen helse: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            ivaretaEgenHelse: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Personlig hygiene: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            personligHygiene: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Av- og påkledning: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            avOgPaakledning: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @deprecated
             * @description Gammelt navn på avOgPaakledning; tas imot i forespørsler til neste API-versjon, aldri i svar.
             * @enum {integer}
             */
            avOgPakledning?: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Spise: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            spise: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Toalett: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            toalett: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Bevege seg innendørs: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            bevegeSegInnendors: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Bevege seg utendørs: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            bevegeSegUtendors: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Hukommelse: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            hukommelse: 1 | 2 | 3 | 4 | 5 | 9;
            /**
             * @description Kommunikasjon: 1–5, 9 = ikke relevant
             * @example 2
             * @enum {integer}
             */
            kommunikasjon: 1 | 2 | 3 | 4 | 5 | 9;
        };
        KartleggingSvar: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @example 2026-11-05
             */
            dato: string;
            deltakere: string[];
            hjemmebesok: boolean;
            iplos: components["schemas"]["IplosDto"];
            /** @enum {integer} */
            syn: 1 | 2 | 3 | 4 | 9;
            /** @enum {integer} */
            horsel: 1 | 2 | 3 | 4 | 9;
            borAlene: boolean;
            /** @enum {string} */
            hjelpFraFamilie: "ingen" | "noe" | "mye";
            kognitivSvikt: boolean;
            /**
             * @description Utledet av IPLOS-skårene
             * @enum {string}
             */
            bistandsbehov: "noe_avgrenset" | "middels_til_stort" | "omfattende";
            vurdertTimebehovPerUke: number | null;
            utryggUtenHeldognstilbud: boolean | null;
            forventetVarighetMaaneder: number | null;
            observasjoner: string | null;
            sokersSyn: string | null;
            /**
             * Format: date-time
             * @example 2026-11-05T09:30:00.000Z
             */
            opprettet: string;
        };
        SakensVedtakSvar: {
            /** Format: uuid */
            id: string;
            /** @example vedtatt */
            status: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            vedtaksdato: string;
            kriteriesettVersjon: number;
            /** Format: uuid */
            erstatterVedtakId: string | null;
            /**
             * @description Vedtakets tjenester med utfall, og datoen
             * @example Praktisk bistand: innvilget – 12.03.2026
             */
            beskrivelse: string;
        };
        FristoppreisningVisning: {
            /**
             * Format: date
             * @example 2027-01-05
             */
            dato: string;
            begrunnelse: string;
        };
        SakensKlageSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            vedtakId: string;
            /**
             * @description Vedtaket det klages på, beskrevet som i vedtakslisten
             * @example Praktisk bistand: innvilget – 12.03.2026
             */
            vedtak: string;
            /** @example mottatt */
            status: string;
            /**
             * Format: date
             * @example 2026-11-25
             */
            mottattDato: string;
            /**
             * Format: date
             * @example 2026-12-18
             */
            klagefrist: string;
            innenFrist: boolean;
            /** @description En for sen klage tatt under behandling likevel (fvl. § 31) */
            fristoppreisning: components["schemas"]["FristoppreisningVisning"] | null;
            /**
             * Format: date
             * @example 2027-01-10
             */
            avsluttetDato: string | null;
            avslutningsgrunn: string | null;
            /**
             * @description Klagens versjon
             * @example 3
             */
            versjon: number;
        };
        SakensBrevSvar: {
            /** Format: uuid */
            id: string;
            /** @example vedtak */
            brevtype: string;
            /** @example sendt */
            status: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            sendtDato: string | null;
            /** Format: uuid */
            vedtakId: string | null;
            /** Format: uuid */
            klageId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-05T09:30:00.000Z
             */
            opprettet: string;
            /** @example fil */
            leveransekanal: string | null;
            leveransestatus: string | null;
            /** Format: date-time */
            leveransestatusTid: string | null;
            arkivJournalpostnummer: string | null;
        };
        SakDetaljSvar: {
            /** Format: uuid */
            id: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** @example 1865 */
            kommunenummer: string;
            /**
             * @example under_kartlegging
             * @enum {string}
             */
            status: "mottatt" | "under_kartlegging" | "vedtak_utkast" | "vedtatt" | "i_gang" | "under_revurdering" | "avsluttet" | "trukket" | "avvist" | "klage_mottatt" | "omgjort" | "oversendt_statsforvalteren" | "statsforvalteren_avgjort";
            /** @example Under kartlegging */
            statusnavn: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            mottattDato: string;
            /**
             * Format: date
             * @description Saksbehandlingsfristen
             * @example 2026-12-02
             */
            fristDato: string;
            forfalt: boolean;
            snartForfall: boolean;
            /**
             * Format: date
             * @example 2026-11-30
             */
            forelopigSvarDato: string | null;
            /**
             * @example [
             *       "praktisk-bistand"
             *     ]
             */
            tjenester: string[];
            /** @example Ola Nordmann */
            personnavn: string;
            saksbehandlerId: string | null;
            saksbehandlerNavn: string | null;
            akutt: boolean;
            /**
             * @description Ressursens versjon etter endringen; send den med neste endring
             * @example 3
             */
            versjon: number;
            /** @example digital */
            kanal: string;
            /** @example selv */
            sokerType: string;
            sokerNavn: string | null;
            fritekst: string | null;
            soktOm: components["schemas"]["SoktOmSvar"][];
            innhenting: components["schemas"]["InnhentingSvar"] | null;
            /** @description Forhåndsvarsel før en reduksjon eller stans (fvl. § 16) */
            forhaandsvarsel: components["schemas"]["ForhaandsvarselSvar"] | null;
            /**
             * Format: date
             * @example 2026-11-20
             */
            vedtattDato: string | null;
            person: components["schemas"]["PersonSvar"];
            /**
             * @example [
             *       "start_kartlegging",
             *       "trekk"
             *     ]
             */
            tillatteHandlinger: string[];
            historikk: components["schemas"]["StatushistorikkSvar"][];
            journal: components["schemas"]["JournalnotatSvar"][];
            kartlegginger: components["schemas"]["KartleggingSvar"][];
            vedtak: components["schemas"]["SakensVedtakSvar"][];
            klager: components["schemas"]["SakensKlageSvar"][];
            brev: components["schemas"]["SakensBrevSvar"][];
            /** @example 2026/123 */
            arkivSaksnummer: string | null;
        };
        KartleggingDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /**
             * Format: date
             * @example 2026-11-05
             */
            dato: string;
            /**
             * @example [
             *       "bruker",
             *       "datter",
             *       "saksbehandler"
             *     ]
             */
            deltakere: string[];
            hjemmebesok: boolean;
            /** @description IPLOS-variablene, hver med skår 1–5 eller 9 (ikke relevant) */
            iplos: components["schemas"]["IplosDto"];
            /**
             * @example 1
             * @enum {integer}
             */
            syn: 1 | 2 | 3 | 4 | 9;
            /**
             * @example 2
             * @enum {integer}
             */
            horsel: 1 | 2 | 3 | 4 | 9;
            borAlene: boolean;
            /** @enum {string} */
            hjelpFraFamilie: "ingen" | "noe" | "mye";
            kognitivSvikt: boolean;
            /**
             * @description Vurdert hjelpebehov i timer per uke (0–168)
             * @example 6
             */
            vurdertTimebehovPerUke?: number;
            utryggUtenHeldognstilbud?: boolean;
            /** @example 36 */
            forventetVarighetMaaneder?: number;
            /**
             * @deprecated
             * @description Gammelt navn på forventetVarighetMaaneder; tas imot til neste API-versjon.
             */
            forventetVarighetManeder?: number;
            observasjoner?: string;
            /** @description Søkerens eget syn, gjengis i vedtaket */
            sokersSyn?: string;
        };
        RegistrertKartleggingSvar: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @example 2026-11-05
             */
            dato: string;
            deltakere: string[];
            hjemmebesok: boolean;
            iplos: components["schemas"]["IplosDto"];
            /** @enum {integer} */
            syn: 1 | 2 | 3 | 4 | 9;
            /** @enum {integer} */
            horsel: 1 | 2 | 3 | 4 | 9;
            borAlene: boolean;
            /** @enum {string} */
            hjelpFraFamilie: "ingen" | "noe" | "mye";
            kognitivSvikt: boolean;
            /**
             * @description Utledet av IPLOS-skårene
             * @enum {string}
             */
            bistandsbehov: "noe_avgrenset" | "middels_til_stort" | "omfattende";
            vurdertTimebehovPerUke: number | null;
            utryggUtenHeldognstilbud: boolean | null;
            forventetVarighetMaaneder: number | null;
            observasjoner: string | null;
            sokersSyn: string | null;
            /**
             * Format: date-time
             * @example 2026-11-05T09:30:00.000Z
             */
            opprettet: string;
            /** @description Sakens nye versjon: neste endring av saken gjøres på den */
            soknadVersjon: number;
        };
        TildelingDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /** @example u-42 */
            saksbehandlerId: string;
            /** @example Siri Saksbehandler */
            saksbehandlerNavn: string;
        };
        HandlingDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /**
             * @description Steg som bare endrer status; vedtak, godkjenning og klager har egne endepunkter
             * @example trekk
             * @enum {string}
             */
            handling: "start_kartlegging" | "iverksett" | "revurder" | "avslutt" | "trekk" | "avvis";
            /**
             * @description Kommentar i historikken. Påkrevd ved «avvis»: grunnen til avvisningen, som står i vedtaksbrevet (soknad_avvist) til søkeren.
             * @example Du bor i Bodø og oppholder deg ikke i Vågan kommune.
             */
            kommentar?: string;
            /**
             * @description Bare ved «trekk»: hvordan søkeren trakk søknaden. Står i bekreftelsesbrevet (trukket): «på telefon», «muntlig», «skriftlig», «digitalt».
             * @default muntlig
             * @enum {string}
             */
            trukketMaate?: "telefon" | "muntlig" | "skriftlig" | "digital";
            /**
             * @description Bare ved «avslutt» av en tjeneste som er i gang, og da påkrevd: brukeren er død (dod) eller har flyttet fra kommunen (flyttet). Tjenesten avsluttes uten vedtak og uten brev; et journalnotat sier hvorfor. Skal tjenesten reduseres eller stanses av andre grunner: revurder, forhåndsvarsel og endringsvedtak.
             * @enum {string}
             */
            opphorsgrunn?: "dod" | "flyttet";
        };
        InnhentingDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /**
             * @description Hva kontoret trenger; står i brevet
             * @example [
             *       "Uttalelse fra fastlegen om helsetilstanden din",
             *       "Epikrise fra sykehuset"
             *     ]
             */
            opplysninger: string[];
            /**
             * Format: date
             * @description Svarfristen (etter i dag)
             * @example 2026-12-20
             */
            svarfrist: string;
        };
        ForeloepigSvarDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /**
             * @description Hvorfor saken tar mer enn en måned; står i brevet i søkerens målform. kartlegging: behovet er ikke kartlagt ferdig; innhenting: saken venter på opplysninger kontoret har bedt om (hva og svarfristen står i brevet); godkjenning: vedtaket venter på godkjenning; utredning: saken trenger grundigere utredning; saksmengde: mange saker i kø. Utelatt: det saken venter på.
             * @enum {string}
             */
            grunn?: "kartlegging" | "innhenting" | "godkjenning" | "utredning" | "saksmengde";
            /**
             * Format: date
             * @description Når kontoret regner med å svare (etter i dag). Utelatt: saksbehandlingsfristen, tidligst to uker fram og to uker etter svarfristen for opplysninger saken venter på.
             * @example 2027-01-15
             */
            forventetSvardato?: string;
        };
        ForhandsvarselDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /**
             * Format: uuid
             * @description Vedtaket som er i kraft og som kontoret vurderer å endre
             */
            vedtakId: string;
            /**
             * @description Hva kontoret vurderer å endre og hvorfor; står i varselet
             * @example Du klarer nå å lage mat selv etter opptreningen, og vi vurderer å stanse matombringingen.
             */
            endring: string;
            /**
             * Format: date
             * @description Fra når endringen skal gjelde (etter fristen for å uttale seg)
             * @example 2027-01-31
             */
            virkningsdato: string;
            /**
             * Format: date
             * @description Frist for å uttale seg (etter i dag); vedtaket fattes etter den
             * @example 2027-01-10
             */
            uttalelsesfrist: string;
        };
        JournalnotatDto: {
            /** @example Ringte datteren for å avtale hjemmebesøk. */
            tekst: string;
        };
        JournalnotatOpprettetSvar: {
            /** Format: uuid */
            id: string;
        };
        KommunebytteDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /** @example 1860 */
            tilKommunenummer: string;
            /** @example Flyttet til Leknes 1. november. */
            grunn: string;
        };
        TilgangsloggSokDto: {
            /**
             * @description Fødselsnummer eller D-nummer. Står i kroppen, aldri i URL-en.
             * @example 01817012345
             */
            fodselsnummer: string;
            /**
             * Format: date
             * @example 2026-01-01
             */
            fra?: string;
            /**
             * Format: date
             * @example 2026-12-31
             */
            til?: string;
        };
        TilgangsloggRadSvar: {
            /** Format: date-time */
            tidspunkt: string;
            /** @example 1865 */
            kommunenummer: string;
            brukerId: string;
            brukerNavn: string;
            /**
             * @example [
             *       "saksbehandler"
             *     ]
             */
            roller: string[];
            /** @example les */
            handling: string;
            /** @example soknad */
            ressurs: string;
            /** Format: uuid */
            soknadId: string | null;
            /** @example saksbehandling */
            formaal: string;
            /** @description Feltene som ble endret, fra og til */
            endringer: {
                [key: string]: {
                    fra?: unknown;
                    til?: unknown;
                };
            } | null;
        };
        TilgangsloggSvar: {
            rader: components["schemas"]["TilgangsloggRadSvar"][];
        };
        KriteriesettReferanseSvar: {
            /** Format: uuid */
            id: string;
            /** @example Felles tildelingskriterier 2026 */
            navn: string;
            /** @example 3 */
            versjon: number;
        };
        OmfangSvar: {
            /** @example 2 */
            min: number;
            /** @example 6 */
            max: number;
            /** @example timer_per_uke */
            enhet: string;
        };
        BegrunnelseSvar: {
            /** @example pb-middels */
            regelId: string;
            /** @example Du trenger noe hjelp til husarbeid. */
            tekst: string;
            /** @description Teksten på nynorsk, der kriteriene har den */
            tekstNn?: string;
            /** @example helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b */
            hjemmel: string;
        };
        AnbefalingstjenesteSvar: {
            /** @example praktisk-bistand */
            tjenestekode: string;
            /**
             * @description null: tjenesten avgjøres etter skjønn (skjonnsmessig)
             * @enum {string|null}
             */
            utfall: "innvilget" | "delvis_innvilget" | "avslag" | "venteliste" | null;
            /** @enum {boolean} */
            skjonnsmessig?: true;
            omfang: components["schemas"]["OmfangSvar"] | null;
            regelId: string;
            /** @description Regelen som slo til er et lokalt avvik */
            lokaltAvvik: boolean;
            begrunnelser: components["schemas"]["BegrunnelseSvar"][];
            kriteriesettNavn: string;
            /** @example 3 */
            kriteriesettVersjon: number;
            /** @description Trinn i omsorgstrappen */
            omsorgstrappNivaa: number;
        };
        AnbefalingSvar: {
            /** Format: uuid */
            soknadId: string;
            /** Format: date */
            dato: string;
            kriteriesett: components["schemas"]["KriteriesettReferanseSvar"];
            /** @enum {string} */
            bistandsbehov: "noe_avgrenset" | "middels_til_stort" | "omfattende";
            anbefalinger: components["schemas"]["AnbefalingstjenesteSvar"][];
            /** @description Begrunnelsene samlet: utkastet til brevets vurdering */
            vurderingsutkast: string;
        };
        VedtakslinjeDto: {
            /** @example praktisk-bistand */
            tjenestekode: string;
            /**
             * @example innvilget
             * @enum {string}
             */
            utfall: "innvilget" | "delvis_innvilget" | "avslag" | "venteliste";
            /**
             * @description Omfang i tjenestens enhet (timer per uke eller døgn)
             * @example 2
             */
            omfang?: number;
            /** @example Rengjøring hver tredje uke og innkjøp en gang i uken. */
            innhold?: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            startdato?: string;
            /**
             * Format: date
             * @example 2027-05-31
             */
            sluttdato?: string;
            /**
             * Format: date
             * @example 2027-03-01
             */
            evalueringsdato?: string;
            /** @enum {string} */
            avvikKategori?: "individuell_vurdering" | "familiens_situasjon" | "helsetilstand_endret" | "bolig_og_omgivelser" | "lokal_forskrift" | "annet";
            /** @description Påkrevd når vedtaket avviker fra kriterienes anbefaling */
            avvikBegrunnelse?: string;
            /**
             * @description Hvorfor tjenesten er delvis innvilget eller avslått; står i brevet under «Vurdering og begrunnelse». Uten den brukes avviksbegrunnelsen eller kriterienes begrunnelse; finnes ingen av dem, svarer tjeneren 400.
             * @example Du klarer lett husarbeid selv; vi har derfor innvilget 2 av de 4 timene du søkte om.
             */
            begrunnelse?: string;
        };
        TjenesteIMellomtidenDto: {
            /** @example Helsetjenester i hjemmet */
            tjeneste: string;
            /** @example To besøk hver dag */
            omfang: string;
        };
        VedtakDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            tjenester: components["schemas"]["VedtakslinjeDto"][];
            /** @description Vurderingen (utkast fra kriterienes begrunnelser, redigert av saksbehandler) */
            vurdering?: string;
            /**
             * @description Opplysningene vedtaket bygger på; minst én (står i brevet)
             * @example [
             *       "Hjemmebesøk med deg og datteren din",
             *       "Epikrise fra sykehuset"
             *     ]
             */
            innhentedeOpplysninger: string[];
            /** @description Venteliste: tjenestene søkeren får mens hun eller han venter (påkrevd når vedtaket ikke selv innvilger noen) */
            tjenesterIMellomtiden?: components["schemas"]["TjenesteIMellomtidenDto"][];
            /** @example Praktisk bistand har egenandel etter inntekt. Du får et eget brev om egenandelen. */
            egenandel?: string;
            /**
             * Format: date
             * @description Ved endring eller stans (erstatterVedtakId): dagen endringen gjelder fra. Gir vedtaket mindre enn før (redusert eller stanset mot søkerens ønske), tidligst 14 dager etter vedtaksdatoen (varsel).
             * @example 2027-01-15
             */
            virkningsdato?: string;
            /**
             * Format: uuid
             * @description Vedtaket som endres (et fattet vedtak endres aldri; det erstattes)
             */
            erstatterVedtakId?: string;
        };
        TjenesteIMellomtidenSvar: {
            /** @example Hjemmesykepleie */
            tjeneste: string;
            /** @example 5 timer per uke */
            omfang: string;
        };
        OmfangsintervallSvar: {
            /** @example 2 */
            min: number;
            /** @example 6 */
            max: number;
        };
        VedtakstjenesteSvar: {
            /** @example praktisk-bistand */
            tjenestekode: string;
            /** @enum {string} */
            utfall: "innvilget" | "delvis_innvilget" | "avslag" | "venteliste";
            /** @example 4 */
            omfang: number | null;
            /** @example timer_per_uke */
            omfangsenhet: string | null;
            innhold: string | null;
            /** Format: date */
            startdato: string | null;
            /** Format: date */
            sluttdato: string | null;
            /** Format: date */
            evalueringsdato: string | null;
            hjemmel: string | null;
            anbefaltUtfall: string | null;
            /** @description Enheten står i omfangsenhet */
            anbefaltOmfang: components["schemas"]["OmfangsintervallSvar"] | null;
            lokaltAvvik: boolean;
            avviker: boolean;
            avvikRetning: string | null;
            avvikKategori: string | null;
            avvikBegrunnelse: string | null;
            begrunnelse: string | null;
        };
        VedtaksbrevSvar: {
            /** Format: uuid */
            id: string;
            /** @example vedtak */
            brevtype: string;
            /** @example sendt */
            status: string;
            feil: string | null;
            /** @description SHA-256 av PDF-en, når den er laget */
            sha256: string | null;
            brevmalVersjon: number | null;
            rendererVersjon: string | null;
            /** Format: date */
            sendtDato: string | null;
            /** @example 1 */
            forsok: number;
        };
        LikebehandlingssignalSvar: {
            /** @example praktisk-bistand */
            tjenestekode: string;
            /** @example 4 */
            omfang: number;
            /** @example 37 */
            sammenlignbare: number;
            p10: number;
            median: number;
            p90: number;
            melding: string;
        };
        FattetVedtakSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** Format: uuid */
            personId: string;
            /** @example 1865 */
            kommunenummer: string;
            /** @enum {string} */
            status: "utkast" | "vedtatt" | "erstattet";
            /**
             * @description Vedtakets versjon (også ETag): godkjenningen av et utkast tar den i If-Match eller versjon
             * @example 1
             */
            versjon: number;
            /** Format: date */
            vedtaksdato: string;
            /** @example Vågan kommune, ved Felles tildelingskontor Lofoten */
            paaVegneAv: string;
            /** Format: uuid */
            erstatterVedtakId: string | null;
            /** @description Ved endring: tidligere vedtaksdato og virkningsdato */
            endring: {
                [key: string]: unknown;
            } | null;
            /** @description Tjenester gitt i ventetiden (ventelistevedtak) */
            tjenesterIMellomtiden: components["schemas"]["TjenesteIMellomtidenSvar"][];
            kriteriesett: components["schemas"]["KriteriesettReferanseSvar"];
            /** @description Vurderingsgrunnlaget fra kartleggingen (IPLOS, bistandsbehov, alder …) */
            grunnlag: {
                [key: string]: unknown;
            };
            anbefaling: components["schemas"]["AnbefalingstjenesteSvar"][];
            vurdering: string;
            egenandel: {
                [key: string]: unknown;
            } | null;
            /** @description Vedtaket må godkjennes av en annen (fire øyne) */
            kreverGodkjenning: boolean;
            utkastAvNavn: string;
            vedtattAvNavn: string | null;
            tjenester: components["schemas"]["VedtakstjenesteSvar"][];
            brev: components["schemas"]["VedtaksbrevSvar"][];
            /** @description Sakens nye versjon: neste endring av saken gjøres på den */
            soknadVersjon: number;
            /** @description Omfang som skiller seg fra sammenlignbare vedtak */
            likebehandling: components["schemas"]["LikebehandlingssignalSvar"][];
        };
        FlettetSeksjonDto: {
            /** @example klage */
            id: string;
            /** @example Du kan klage på vedtaket */
            overskrift: string;
            /** @example Du kan klage innen 4 uker fra du mottok dette brevet. */
            tekst: string;
        };
        VedtaksbrevforhandsvisningSvar: {
            /** @example vedtak */
            brevtype: string;
            /** @enum {string} */
            maalform: "nb" | "nn";
            /** @example 2 */
            brevmalVersjon: number;
            avsender: string;
            tittel: string;
            seksjoner: components["schemas"]["FlettetSeksjonDto"][];
            tekst: string;
            merknad: string;
        };
        GodkjenningDto: {
            /**
             * @description Vedtakets versjon du så; endret siden gir 409 (412 med If-Match). Utelatt: ingen kontroll.
             * @example 1
             */
            versjon?: number;
        };
        GodkjentVedtakSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** Format: uuid */
            personId: string;
            /** @example 1865 */
            kommunenummer: string;
            /** @enum {string} */
            status: "utkast" | "vedtatt" | "erstattet";
            /**
             * @description Vedtakets versjon (også ETag): godkjenningen av et utkast tar den i If-Match eller versjon
             * @example 1
             */
            versjon: number;
            /** Format: date */
            vedtaksdato: string;
            /** @example Vågan kommune, ved Felles tildelingskontor Lofoten */
            paaVegneAv: string;
            /** Format: uuid */
            erstatterVedtakId: string | null;
            /** @description Ved endring: tidligere vedtaksdato og virkningsdato */
            endring: {
                [key: string]: unknown;
            } | null;
            /** @description Tjenester gitt i ventetiden (ventelistevedtak) */
            tjenesterIMellomtiden: components["schemas"]["TjenesteIMellomtidenSvar"][];
            kriteriesett: components["schemas"]["KriteriesettReferanseSvar"];
            /** @description Vurderingsgrunnlaget fra kartleggingen (IPLOS, bistandsbehov, alder …) */
            grunnlag: {
                [key: string]: unknown;
            };
            anbefaling: components["schemas"]["AnbefalingstjenesteSvar"][];
            vurdering: string;
            egenandel: {
                [key: string]: unknown;
            } | null;
            /** @description Vedtaket må godkjennes av en annen (fire øyne) */
            kreverGodkjenning: boolean;
            utkastAvNavn: string;
            vedtattAvNavn: string | null;
            tjenester: components["schemas"]["VedtakstjenesteSvar"][];
            brev: components["schemas"]["VedtaksbrevSvar"][];
            /** @description Sakens nye versjon: neste endring av saken gjøres på den */
            soknadVersjon: number;
        };
        VedtakSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** Format: uuid */
            personId: string;
            /** @example 1865 */
            kommunenummer: string;
            /** @enum {string} */
            status: "utkast" | "vedtatt" | "erstattet";
            /**
             * @description Vedtakets versjon (også ETag): godkjenningen av et utkast tar den i If-Match eller versjon
             * @example 1
             */
            versjon: number;
            /** Format: date */
            vedtaksdato: string;
            /** @example Vågan kommune, ved Felles tildelingskontor Lofoten */
            paaVegneAv: string;
            /** Format: uuid */
            erstatterVedtakId: string | null;
            /** @description Ved endring: tidligere vedtaksdato og virkningsdato */
            endring: {
                [key: string]: unknown;
            } | null;
            /** @description Tjenester gitt i ventetiden (ventelistevedtak) */
            tjenesterIMellomtiden: components["schemas"]["TjenesteIMellomtidenSvar"][];
            kriteriesett: components["schemas"]["KriteriesettReferanseSvar"];
            /** @description Vurderingsgrunnlaget fra kartleggingen (IPLOS, bistandsbehov, alder …) */
            grunnlag: {
                [key: string]: unknown;
            };
            anbefaling: components["schemas"]["AnbefalingstjenesteSvar"][];
            vurdering: string;
            egenandel: {
                [key: string]: unknown;
            } | null;
            /** @description Vedtaket må godkjennes av en annen (fire øyne) */
            kreverGodkjenning: boolean;
            utkastAvNavn: string;
            vedtattAvNavn: string | null;
            tjenester: components["schemas"]["VedtakstjenesteSvar"][];
            brev: components["schemas"]["VedtaksbrevSvar"][];
        };
        KlageDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /** Format: uuid */
            vedtakId: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            mottattDato: string;
            /**
             * Format: date
             * @description Når parten fikk vite om vedtaket; ellers brevets sendedato
             * @example 2026-11-05
             */
            kjentDato?: string;
            /** @example Jeg trenger mer hjelp enn vedtaket gir. */
            begrunnelse: string;
        };
        RegistrertKlageSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** Format: uuid */
            vedtakId: string;
            /** Format: date */
            mottattDato: string;
            /** Format: date */
            kjentDato: string | null;
            /** Format: date */
            klagefrist: string;
            innenFrist: boolean;
            /** @description En for sen klage tatt under behandling likevel (fvl. § 31) */
            fristoppreisning: components["schemas"]["FristoppreisningVisning"] | null;
            /** @description Ved for sen klage: hva kontoret kan gjøre (forvaltningsloven § 31) */
            merknad: string | null;
            /** @enum {string} */
            klagevei: "statsforvalteren" | "kommunen";
            /** @example mottatt */
            status: string;
            /** @enum {string|null} */
            kontoretsVurdering: "omgjort" | "opprettholdt" | null;
            /** Format: date */
            oversendtDato: string | null;
            statsforvalterensUtfall: string | null;
            /** Format: date */
            avsluttetDato: string | null;
            avslutningsgrunn: string | null;
            /** @description Klagen ble trukket etter oversendelse: Statsforvalteren må få beskjed */
            statsforvalterenMaaVarsles: boolean;
            /** @description Klagens versjon; send den med neste klagesteg */
            versjon: number;
            /** @description Sakens nye versjon: neste endring av saken gjøres på den */
            soknadVersjon: number;
        };
        KlagevurderingDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /** @enum {string} */
            vurdering: "omgjort" | "opprettholdt";
            begrunnelse: string;
        };
        KlageSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** Format: uuid */
            vedtakId: string;
            /** Format: date */
            mottattDato: string;
            /** Format: date */
            kjentDato: string | null;
            /** Format: date */
            klagefrist: string;
            innenFrist: boolean;
            /** @description En for sen klage tatt under behandling likevel (fvl. § 31) */
            fristoppreisning: components["schemas"]["FristoppreisningVisning"] | null;
            /** @description Ved for sen klage: hva kontoret kan gjøre (forvaltningsloven § 31) */
            merknad: string | null;
            /** @enum {string} */
            klagevei: "statsforvalteren" | "kommunen";
            /** @example mottatt */
            status: string;
            /** @enum {string|null} */
            kontoretsVurdering: "omgjort" | "opprettholdt" | null;
            /** Format: date */
            oversendtDato: string | null;
            statsforvalterensUtfall: string | null;
            /** Format: date */
            avsluttetDato: string | null;
            avslutningsgrunn: string | null;
            /** @description Klagen ble trukket etter oversendelse: Statsforvalteren må få beskjed */
            statsforvalterenMaaVarsles: boolean;
            /** @description Klagens versjon; send den med neste klagesteg */
            versjon: number;
        };
        KlageavslutningDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /**
             * @description trukket: klageren har trukket klagen; avvist: kontoret avviser klagen (bare før den er oversendt)
             * @enum {string}
             */
            utfall: "trukket" | "avvist";
            /**
             * @description Ved avvisning står begrunnelsen i brevet til klageren
             * @example Klagen kom sju uker etter klagefristen, og klageren har ikke oppgitt noen grunn til at den kom for sent.
             */
            begrunnelse: string;
        };
        FristoppreisningDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /**
             * @description Hvorfor kontoret likevel behandler den sene klagen (forvaltningsloven § 31)
             * @example Klageren lå på sykehus da vedtaket kom og kunne ikke klage i tide.
             */
            begrunnelse: string;
        };
        FristoppreisningSvar: {
            /** Format: uuid */
            id: string;
            /** @example false */
            innenFrist: boolean;
            /** @example Klagen kom etter klagefristen. Kontoret tok den likevel under behandling 2026-12-03 (forvaltningsloven § 31). */
            merknad: string | null;
            fristoppreisning: components["schemas"]["FristoppreisningVisning"];
            /** @example mottatt */
            status: string;
            /** @example 2 */
            versjon: number;
        };
        StatsforvalterenDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /** @enum {string} */
            utfall: "stadfestet" | "delvis_omgjort" | "omgjort" | "opphevet_sendt_tilbake";
            /**
             * Format: date
             * @example 2027-02-01
             */
            dato: string;
        };
        FeiletBrevSvar: {
            /** Format: uuid */
            id: string;
            /** @example 1865 */
            kommunenummer: string;
            /** @example vedtak */
            brevtype: string;
            feil: string | null;
            forsok: number;
            /** Format: date-time */
            opprettet: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** Format: uuid */
            vedtakId: string | null;
            leveransekanal: string | null;
            leveransestatus: string | null;
        };
        FeiledeBrevSvar: {
            elementer: components["schemas"]["FeiletBrevSvar"][];
        };
        BrevetterslepKommuneSvar: {
            /** @example 1865 */
            kommunenummer: string;
            bestilt: number;
            eldsteSekunder: number | null;
            feilet: number;
        };
        BrevetterslepSvar: {
            /**
             * @example [
             *       "1860",
             *       "1865"
             *     ]
             */
            kommuner: string[];
            /** @description Bestilte brev som ikke er sendt */
            bestilt: number;
            feilet: number;
            /** @description Alderen på det eldste bestilte brevet, i sekunder */
            eldsteSekunder: number | null;
            perKommune: components["schemas"]["BrevetterslepKommuneSvar"][];
        };
        NyKjoringSvar: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "bestilt";
        };
        VentelisteplassSvar: {
            plass: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** Format: uuid */
            vedtakId: string;
            /** @example langtidsopphold */
            tjenestekode: string;
            /**
             * @description Vurdert behov; høyere kommer først
             * @example 3.5
             */
            behovsskaar: number;
            /** Format: date */
            oppfortDato: string;
            versjon: number;
            /** @example 1860-2026-000042 */
            saksnummer: string;
            personnavn: string;
            ventedager: number;
        };
        VentelisteSvar: {
            /** @example 1860 */
            kommunenummer: string;
            lengde: number;
            elementer: components["schemas"]["VentelisteplassSvar"][];
        };
        AvsluttVentelisteDto: {
            /**
             * @description Versjonen du så; en eldre versjon gir 409
             * @example 1
             */
            versjon: number;
            /** @enum {string} */
            status: "tildelt" | "fjernet";
            /** @example Tildelt langtidsplass ved Leknes sykehjem */
            grunn: string;
        };
        AvsluttetVentelisteplassSvar: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "tildelt" | "fjernet";
            /** Format: date */
            avsluttetDato: string;
        };
        DokumentDto: {
            /**
             * @description Hva dokumentet er
             * @example Legeerklæring
             */
            tittel: string;
            /**
             * @description Filnavnet hos avsenderen (bare til visning; typen leses av innholdet)
             * @example skann-0412.pdf
             */
            filnavn: string;
            /** @description Filen kodet som base64: PDF, JPEG eller PNG, høyst 10 MB */
            innholdBase64: string;
        };
        DokumentSvar: {
            id: string;
            soknadId: string;
            /**
             * @description Inngående dokument i saken
             * @enum {string}
             */
            retning: "inngaaende";
            /**
             * @description Lastet opp av en saksbehandler, eller vedlagt av innbyggeren i det digitale skjemaet
             * @enum {string}
             */
            kilde: "saksbehandler" | "innbygger";
            /** @example Legeerklæring */
            tittel: string;
            /** @example skann-0412.pdf */
            filnavn: string;
            /**
             * @description Typen lest av innholdet
             * @enum {string}
             */
            innholdstype: "application/pdf" | "image/jpeg" | "image/png";
            /**
             * @description Størrelse i byte
             * @example 48213
             */
            storrelse: number;
            /** @description SHA-256 av innholdet, heksadesimalt */
            sha256: string;
            opprettetAvNavn: string;
            /** Format: date-time */
            opprettet: string;
        };
        SokDto: {
            /**
             * @description Et navn (starten av for- eller etternavn), hele fødselsnummeret (11 siffer) eller et saksnummer
             * @example Sára Nilsen
             */
            q: string;
        };
        SokesakSvar: {
            id: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** @example mottatt */
            status: string;
            /** @example Mottatt */
            statusnavn: string;
            /**
             * @example [
             *       "praktisk-bistand"
             *     ]
             */
            tjenester: string[];
            /** @example 2026-03-12 */
            mottattDato: string;
        };
        SoketreffSvar: {
            personId: string;
            /** @example 1865 */
            kommunenummer: string;
            navn: string;
            /** @example 1941-03-12 */
            fodselsdato: string;
            /**
             * @description Bare fødselsdatoen; hele nummeret returneres aldri
             * @example 120341*****
             */
            fodselsnummerMaskert: string;
            strengtFortrolig: boolean;
            saker: components["schemas"]["SokesakSvar"][];
        };
        SokSvar: {
            /**
             * @description Hva søket ble tolket som
             * @enum {string}
             */
            soketype: "fodselsnummer" | "saksnummer" | "navn";
            treff: components["schemas"]["SoketreffSvar"][];
            /** @description Flere enn 50 personer passet; skriv mer av navnet */
            flereTreff: boolean;
        };
        OversiktPersonSvar: {
            /** Format: uuid */
            id: string;
            /** @example Kari Nordhus */
            navn: string;
            /**
             * Format: date
             * @example 1938-02-14
             */
            fodselsdato: string;
            /** @example 140238***** */
            fodselsnummerMaskert: string;
            /** @description Tom når adressen er strengt fortrolig og du ikke står på noen av personens saker */
            adresse: string | null;
            adresseSkjermet: boolean;
            strengtFortrolig: boolean;
            /**
             * @description Kommunene blant dine der personen er kjent
             * @example [
             *       "1865"
             *     ]
             */
            kommuner: string[];
        };
        PersonensSoknadSvar: {
            /** Format: uuid */
            id: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** @example 1865 */
            kommunenummer: string;
            /** @enum {string} */
            status: "mottatt" | "under_kartlegging" | "vedtak_utkast" | "vedtatt" | "i_gang" | "under_revurdering" | "avsluttet" | "trukket" | "avvist" | "klage_mottatt" | "omgjort" | "oversendt_statsforvalteren" | "statsforvalteren_avgjort";
            /** @example Vedtatt */
            statusnavn: string;
            /**
             * @example [
             *       "praktisk-bistand"
             *     ]
             */
            tjenester: string[];
            /**
             * Format: date
             * @example 2026-11-02
             */
            mottattDato: string;
            /**
             * Format: date
             * @example 2026-12-02
             */
            fristDato: string;
            saksbehandlerNavn: string | null;
        };
        LopendeTjenesteSvar: {
            /** @example praktisk-bistand */
            tjenestekode: string;
            /** @example Praktisk bistand (hjemmehjelp) og opplæring */
            tjenestenavn: string;
            /** @example innvilget */
            utfall: string;
            /** @example 4 */
            omfang: number | null;
            /** @example timer_per_uke */
            omfangsenhet: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            startdato: string | null;
            /**
             * Format: date
             * @example 2027-05-20
             */
            sluttdato: string | null;
            /**
             * Format: date
             * @example 2027-05-01
             */
            evalueringsdato: string | null;
            /** Format: uuid */
            vedtakId: string;
            /** Format: uuid */
            soknadId: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            vedtaksdato: string;
        };
        VedtakslinjeVisningSvar: {
            /** @example praktisk-bistand */
            tjenestekode: string;
            /** @example Praktisk bistand (hjemmehjelp) og opplæring */
            tjenestenavn: string;
            /** @example innvilget */
            utfall: string;
            /** @example 4 */
            omfang: number | null;
            /** @example timer_per_uke */
            omfangsenhet: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            startdato: string | null;
            /**
             * Format: date
             * @example 2027-05-20
             */
            sluttdato: string | null;
            /**
             * Format: date
             * @example 2027-05-01
             */
            evalueringsdato: string | null;
        };
        PersonensVedtakSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** @example vedtatt */
            status: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            vedtaksdato: string;
            /** @example Praktisk bistand: innvilget – 20.11.2026 */
            beskrivelse: string;
            linjer: components["schemas"]["VedtakslinjeVisningSvar"][];
        };
        PersonensBrevSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** @example vedtak */
            brevtype: string;
            /** @example Vedtak om helse- og omsorgstjenester */
            tittel: string;
            /** @example sendt */
            status: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            sendtDato: string | null;
            /** @example Vedtak: Praktisk bistand: innvilget – 20.11.2026 */
            beskrivelse: string;
        };
        PersonensKlageSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** Format: uuid */
            vedtakId: string;
            /** @example Praktisk bistand: innvilget – 20.11.2026 */
            vedtak: string;
            /** @example mottatt */
            status: string;
            /**
             * Format: date
             * @example 2026-11-25
             */
            mottattDato: string;
            /**
             * Format: date
             * @example 2026-12-18
             */
            klagefrist: string;
            /** @example Klage på Praktisk bistand: innvilget – 20.11.2026 */
            beskrivelse: string;
        };
        PersonensVentelisteplassSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** @example langtidsopphold */
            tjenestekode: string;
            /** @example Langtidsopphold i sykehjem */
            tjenestenavn: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            oppfortDato: string;
            /** @example venter */
            status: string;
        };
        PersonensJournalnotatSvar: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            soknadId: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            tekst: string;
            opprettetAvNavn: string;
            /** Format: date-time */
            opprettet: string;
        };
        PersonensDokumentSvar: {
            id: string;
            soknadId: string;
            /**
             * @description Inngående dokument i saken
             * @enum {string}
             */
            retning: "inngaaende";
            /**
             * @description Lastet opp av en saksbehandler, eller vedlagt av innbyggeren i det digitale skjemaet
             * @enum {string}
             */
            kilde: "saksbehandler" | "innbygger";
            /** @example Legeerklæring */
            tittel: string;
            /** @example skann-0412.pdf */
            filnavn: string;
            /**
             * @description Typen lest av innholdet
             * @enum {string}
             */
            innholdstype: "application/pdf" | "image/jpeg" | "image/png";
            /**
             * @description Størrelse i byte
             * @example 48213
             */
            storrelse: number;
            /** @description SHA-256 av innholdet, heksadesimalt */
            sha256: string;
            opprettetAvNavn: string;
            /** Format: date-time */
            opprettet: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
        };
        PersonoversiktSvar: {
            person: components["schemas"]["OversiktPersonSvar"];
            soknader: components["schemas"]["PersonensSoknadSvar"][];
            /** @description Innvilgede linjer i vedtak som gjelder nå */
            lopendeTjenester: components["schemas"]["LopendeTjenesteSvar"][];
            vedtak: components["schemas"]["PersonensVedtakSvar"][];
            brev: components["schemas"]["PersonensBrevSvar"][];
            klager: components["schemas"]["PersonensKlageSvar"][];
            venteliste: components["schemas"]["PersonensVentelisteplassSvar"][];
            journal: components["schemas"]["PersonensJournalnotatSvar"][];
            dokumenter: components["schemas"]["PersonensDokumentSvar"][];
        };
        InnboksoppgaveSvar: {
            /** Format: uuid */
            soknadId: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /** @example 1865 */
            kommunenummer: string;
            /** Format: uuid */
            personId: string;
            /** @example Kari Nordhus */
            personnavn: string;
            /** @enum {string} */
            status: "mottatt" | "under_kartlegging" | "vedtak_utkast" | "vedtatt" | "i_gang" | "under_revurdering" | "avsluttet" | "trukket" | "avvist" | "klage_mottatt" | "omgjort" | "oversendt_statsforvalteren" | "statsforvalteren_avgjort";
            /** @example Under kartlegging */
            statusnavn: string;
            /**
             * Format: date
             * @description Fristen, evalueringsdatoen, sluttdatoen eller klagens dato
             * @example 2026-12-10
             */
            dato: string;
            /** @example Evaluering: Praktisk bistand */
            beskrivelse: string;
            /**
             * Format: uuid
             * @description Vedtaket, klagen eller brevet oppgaven gjelder
             */
            gjelderId: string | null;
        };
        InnboksSvar: {
            /**
             * Format: date
             * @example 2026-12-03
             */
            idag: string;
            /** @description Mine saker som venter på vedtak, tidligste frist først */
            mineSaker: components["schemas"]["InnboksoppgaveSvar"][];
            /** @description Vedtaksutkast som venter på min godkjenning (aldri mine egne) */
            tilGodkjenning: components["schemas"]["InnboksoppgaveSvar"][];
            /** @description Frister som er passert eller kommer innen en uke */
            frister: components["schemas"]["InnboksoppgaveSvar"][];
            /** @description Evalueringsdatoer for løpende tjenester innen 30 dager */
            evalueringer: components["schemas"]["InnboksoppgaveSvar"][];
            /** @description Tidsbegrensede vedtak som løper ut innen 30 dager */
            utloper: components["schemas"]["InnboksoppgaveSvar"][];
            /** @description Saker som trenger foreløpig svar innen en uke */
            forelopigeSvar: components["schemas"]["InnboksoppgaveSvar"][];
            /** @description Klager kontoret ikke har vurdert, med fristen */
            klager: components["schemas"]["InnboksoppgaveSvar"][];
            /** @description Brev som feilet for godt (bare ledere) */
            feiledeBrev: components["schemas"]["InnboksoppgaveSvar"][];
        };
        HendelseSvar: {
            /**
             * @description Stigende; markøren for neste henting
             * @example 42
             */
            id: number;
            /** @enum {string} */
            type: "sak.registrert" | "sak.status_endret" | "vedtak.fattet" | "brev.sendt" | "klage.registrert" | "klage.avgjort";
            /** @example 1865 */
            kommunenummer: string;
            /** Format: uuid */
            soknadId: string;
            /** @example 1865-2026-000123 */
            saksnummer: string;
            /**
             * @description Steget i saksflyten
             * @example fatt_vedtak
             */
            handling: string;
            /**
             * @description Sakens status etter steget
             * @example vedtatt
             */
            status: string;
            /**
             * Format: uuid
             * @description Bare på brev.sendt: brevet som ble sendt
             */
            brevId?: string;
            /** Format: date-time */
            tidspunkt: string;
        };
        HendelsesideSvar: {
            hendelser: components["schemas"]["HendelseSvar"][];
            /** @description Send som etter neste gang (den samme når ingenting nytt har skjedd) */
            neste: number;
        };
        NyttAbonnementDto: {
            /**
             * @description Kommunen hendelsene gjelder (én av kommunene i tokenet ditt)
             * @example 1865
             */
            kommunenummer: string;
            /**
             * @description Mottakerens adresse: https (http bare utenfor produksjon)
             * @example https://mottaker.example/tk-hendelser
             */
            url: string;
            /**
             * @example [
             *       "vedtak.fattet",
             *       "brev.sendt"
             *     ]
             */
            hendelsestyper: ("sak.registrert" | "sak.status_endret" | "vedtak.fattet" | "brev.sendt" | "klage.registrert" | "klage.avgjort")[];
            /** @description Din egen hemmelighet til signaturen; utelatt lages en. Vises bare i svaret på dette kallet. */
            hemmelighet?: string;
        };
        OpprettetAbonnementSvar: {
            /** Format: uuid */
            id: string;
            /** @example 1865 */
            kommunenummer: string;
            /** @example https://mottaker.example/tk-hendelser */
            url: string;
            hendelsestyper: ("sak.registrert" | "sak.status_endret" | "vedtak.fattet" | "brev.sendt" | "klage.registrert" | "klage.avgjort")[];
            /** Format: date-time */
            opprettet: string;
            /**
             * @description Signaturhemmeligheten. Vises bare her: ta vare på den.
             * @example whsec_q2W…
             */
            hemmelighet: string;
        };
        AbonnementSvar: {
            /** Format: uuid */
            id: string;
            /** @example 1865 */
            kommunenummer: string;
            /** @example https://mottaker.example/tk-hendelser */
            url: string;
            hendelsestyper: ("sak.registrert" | "sak.status_endret" | "vedtak.fattet" | "brev.sendt" | "klage.registrert" | "klage.avgjort")[];
            /** Format: date-time */
            opprettet: string;
        };
        LeveranseSvar: {
            /**
             * Format: uuid
             * @description Også X-TK-Leveranse-Id i forsendelsen
             */
            id: string;
            /** @example 42 */
            hendelseId: number;
            /** @enum {string} */
            hendelsestype: "sak.registrert" | "sak.status_endret" | "vedtak.fattet" | "brev.sendt" | "klage.registrert" | "klage.avgjort";
            /**
             * @description venter: ikke levert ennå (nye forsøk kommer); feilet: alle forsøk brukt
             * @enum {string}
             */
            status: "venter" | "levert" | "feilet";
            forsok: number;
            /**
             * @description HTTP-statusen mottakeren svarte sist; null når den ikke svarte
             * @example 503
             */
            sisteHttpStatus: number | null;
            /** @example Mottakeren svarte 503 */
            sisteFeil: string | null;
            /** Format: date-time */
            sisteForsok: string | null;
            /** Format: date-time */
            levert: string | null;
            /** Format: date-time */
            opprettet: string;
        };
        RapportbestillingDto: {
            /**
             * @description likebehandling (bare leder) eller anonymisert
             * @example likebehandling
             * @enum {string}
             */
            type: "likebehandling" | "anonymisert";
            /**
             * @description Kalenderåret rapporten gjelder
             * @example 2026
             */
            aar: number;
        };
        RapportstatusDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "likebehandling" | "anonymisert";
            /**
             * @example ferdig
             * @enum {string}
             */
            status: "bestilt" | "ferdig" | "feilet";
            /** @example 2026 */
            aar: number;
            /**
             * @description Kommunene rapporten gjelder
             * @example [
             *       "1865"
             *     ]
             */
            kommuner: string[];
            /** @example 2026-12-01T10:00:00.000Z */
            opprettet: string;
            ferdigTid: string | null;
            /** @description Hvorfor rapporten ikke kunne lages */
            feil: string | null;
            /**
             * @example {
             *       "json": "/api/v1/rapporter/…/innhold?format=json",
             *       "csv": "/api/v1/rapporter/…/innhold?format=csv",
             *       "pdf": "/api/v1/rapporter/…/innhold?format=pdf"
             *     }
             */
            lenker: Record<string, never>;
        };
        KriteriesettSammendragDto: {
            /** Format: uuid */
            id: string;
            /** @example Felles tildelingskriterier 2027 */
            navn: string;
            /** @example 2 */
            versjon: number;
            /** @example 2027-01-01 */
            gyldigFra: string;
            /** @example null */
            gyldigTil: string | null;
            /**
             * @example utkast
             * @enum {string}
             */
            status: "utkast" | "publisert" | "tilbaketrukket";
            /** @description Publisert og gjelder i dag: versjonen nye anbefalinger og vedtak bruker */
            iKraft: boolean;
            /** @example 11 */
            antallTjenester: number;
            /** @example 1 */
            antallLokaleAvvik: number;
            /** @example u-42 */
            opprettetAv: string;
            /** Format: date-time */
            opprettet: string;
            /** @example u-42 */
            publisertAv?: string | null;
            /** Format: date-time */
            publisertTid?: string | null;
        };
        KriteriesettUtkastDto: {
            /** @example Felles tildelingskriterier 2027 */
            navn: string;
            /**
             * @description Navnet på nynorsk, som nynorske vedtaksbrev viser til; kreves for å publisere (utelatt: innholdets navnNn beholdes)
             * @example Felles tildelingskriterium 2027
             */
            navnNn?: string;
            /**
             * Format: date
             * @description Første dag i kraft
             * @example 2027-01-01
             */
            gyldigFra: string;
            /**
             * Format: date
             * @description Siste dag i kraft (inkludert); utelatt eller null = løpende
             * @example null
             */
            gyldigTil?: string | null;
            /**
             * Kriteriesett (felles tildelingskriterier)
             * @description Kriteriesettet (JSON Schema: GET /tildelingskriterier/skjema). navn, versjon, gyldigFra og gyldigTil i innholdet settes av tjeneren fra feltene over, og kan utelates. Innholdet valideres fullt ved lagring og ved publisering; hver feil navngir regelen.
             * @example {
             *       "navn": "Felles tildelingskriterier 2027",
             *       "navnNn": "Felles tildelingskriterium 2027",
             *       "versjon": 2,
             *       "gyldigFra": "2027-01-01",
             *       "gyldigTil": null,
             *       "tjenester": {
             *         "trygghetsalarm": {
             *           "nivaa": 1,
             *           "regler": [
             *             {
             *               "id": "ta-innvilget",
             *               "naar": {
             *                 "alle": [
             *                   {
             *                     "fakta": "borAlene",
             *                     "operator": "lik",
             *                     "verdi": true
             *                   },
             *                   {
             *                     "fakta": "iplos.maksADL",
             *                     "operator": "minst",
             *                     "verdi": 2
             *                   }
             *                 ]
             *               },
             *               "utfall": "innvilget",
             *               "begrunnelse": "Du bor alene og har behov for å kunne tilkalle hjelp.",
             *               "begrunnelseNn": "Du bur åleine og har behov for å kunne tilkalle hjelp.",
             *               "hjemmel": "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a"
             *             },
             *             {
             *               "id": "ta-avslag",
             *               "naar": {
             *                 "alle": []
             *               },
             *               "utfall": "avslag",
             *               "begrunnelse": "Behovet kan dekkes på annen måte.",
             *               "begrunnelseNn": "Behovet kan dekkjast på annan måte.",
             *               "hjemmel": "helse- og omsorgstjenesteloven § 3-1"
             *             }
             *           ]
             *         }
             *       }
             *     }
             */
            innhold?: {
                navn?: string;
                /** @description Det publiserte navnet på nynorsk, som nynorske brev viser til (kreves for å publisere). */
                navnNn?: string;
                versjon?: number;
                beskrivelse?: string;
                /** @description Første dag i kraft (ÅÅÅÅ-MM-DD). */
                gyldigFra?: string;
                /** @description Siste dag i kraft, eller null. */
                gyldigTil?: string | null;
                tjenester: {
                    [key: string]: {
                        /** @description Nivå i omsorgstrappen (1 forebygging … 6 langtidsopphold). */
                        nivaa: number;
                        regler: {
                            id: string;
                            /**
                             * @description Betingelse: { "alle": [...] } (alle må gjelde; tom liste = alltid), { "noen": [...] }, { "ikke": {...} }, { "nivaa": "<nivå-id>" } eller { "fakta": "<navn>", "operator": "lik|ulik|minst|hoyst|mellom|en_av", "verdi": ... }.
                             * @example {
                             *       "fakta": "iplos.maksADL",
                             *       "operator": "minst",
                             *       "verdi": 3
                             *     }
                             */
                            naar: Record<string, never>;
                            /** @enum {unknown} */
                            utfall: "innvilget" | "delvis_innvilget" | "avslag" | "venteliste";
                            omfang?: {
                                min: number;
                                max: number;
                                /** @enum {unknown} */
                                enhet: "timer_per_uke" | "dogn";
                            };
                            begrunnelse: string;
                            /** @description Den samme begrunnelsen på nynorsk (nynorske brev skriver denne). */
                            begrunnelseNn: string;
                            hjemmel: string;
                        }[];
                        nivaaer?: {
                            fakta: string;
                            inndeling: {
                                id: string;
                                /** @description Fra og med. */
                                fra: number;
                                /** @description Til (ikke med); null = til og med øvre grense. */
                                til: number | null;
                                beskrivelse?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Kommunenes lokale avvik fra de felles reglene; hvert avvik erstatter én felles regel eller legges foran én */
            lokaleAvvik?: {
                kommunenummer: string;
                tjenestekode: string;
                erstatterRegelId?: string;
                leggTilFoerRegelId?: string;
                regel: {
                    id: string;
                    /**
                     * @description Betingelse: { "alle": [...] } (alle må gjelde; tom liste = alltid), { "noen": [...] }, { "ikke": {...} }, { "nivaa": "<nivå-id>" } eller { "fakta": "<navn>", "operator": "lik|ulik|minst|hoyst|mellom|en_av", "verdi": ... }.
                     * @example {
                     *       "fakta": "iplos.maksADL",
                     *       "operator": "minst",
                     *       "verdi": 3
                     *     }
                     */
                    naar: Record<string, never>;
                    /** @enum {unknown} */
                    utfall: "innvilget" | "delvis_innvilget" | "avslag" | "venteliste";
                    omfang?: {
                        min: number;
                        max: number;
                        /** @enum {unknown} */
                        enhet: "timer_per_uke" | "dogn";
                    };
                    begrunnelse: string;
                    /** @description Den samme begrunnelsen på nynorsk (nynorske brev skriver denne). */
                    begrunnelseNn: string;
                    hjemmel: string;
                };
                begrunnelse: string;
                begrunnelseNn: string;
                vedtattAv: string;
            }[];
        };
        KriteriesettDto: {
            /** Format: uuid */
            id: string;
            /** @example Felles tildelingskriterier 2027 */
            navn: string;
            /** @example 2 */
            versjon: number;
            /** @example 2027-01-01 */
            gyldigFra: string;
            /** @example null */
            gyldigTil: string | null;
            /**
             * @example utkast
             * @enum {string}
             */
            status: "utkast" | "publisert" | "tilbaketrukket";
            /** @description Publisert og gjelder i dag: versjonen nye anbefalinger og vedtak bruker */
            iKraft: boolean;
            /** @example 11 */
            antallTjenester: number;
            /** @example 1 */
            antallLokaleAvvik: number;
            /** @example u-42 */
            opprettetAv: string;
            /** Format: date-time */
            opprettet: string;
            /** @example u-42 */
            publisertAv?: string | null;
            /** Format: date-time */
            publisertTid?: string | null;
            /**
             * Kriteriesett (felles tildelingskriterier)
             * @description Tildelingskriterier per tjeneste. Reglene for en tjeneste prøves i rekkefølge, første treff gjelder, og siste regel skal være en oppsamlingsregel ({ "alle": [] }).
             * @example {
             *       "navn": "Felles tildelingskriterier 2027",
             *       "navnNn": "Felles tildelingskriterium 2027",
             *       "versjon": 2,
             *       "gyldigFra": "2027-01-01",
             *       "gyldigTil": null,
             *       "tjenester": {
             *         "trygghetsalarm": {
             *           "nivaa": 1,
             *           "regler": [
             *             {
             *               "id": "ta-innvilget",
             *               "naar": {
             *                 "alle": [
             *                   {
             *                     "fakta": "borAlene",
             *                     "operator": "lik",
             *                     "verdi": true
             *                   },
             *                   {
             *                     "fakta": "iplos.maksADL",
             *                     "operator": "minst",
             *                     "verdi": 2
             *                   }
             *                 ]
             *               },
             *               "utfall": "innvilget",
             *               "begrunnelse": "Du bor alene og har behov for å kunne tilkalle hjelp.",
             *               "begrunnelseNn": "Du bur åleine og har behov for å kunne tilkalle hjelp.",
             *               "hjemmel": "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a"
             *             },
             *             {
             *               "id": "ta-avslag",
             *               "naar": {
             *                 "alle": []
             *               },
             *               "utfall": "avslag",
             *               "begrunnelse": "Behovet kan dekkes på annen måte.",
             *               "begrunnelseNn": "Behovet kan dekkjast på annan måte.",
             *               "hjemmel": "helse- og omsorgstjenesteloven § 3-1"
             *             }
             *           ]
             *         }
             *       }
             *     }
             */
            innhold?: {
                navn: string;
                /** @description Det publiserte navnet på nynorsk, som nynorske brev viser til (kreves for å publisere). */
                navnNn?: string;
                versjon: number;
                beskrivelse?: string;
                /** @description Første dag i kraft (ÅÅÅÅ-MM-DD). */
                gyldigFra: string;
                /** @description Siste dag i kraft, eller null. */
                gyldigTil: string | null;
                tjenester: {
                    [key: string]: {
                        /** @description Nivå i omsorgstrappen (1 forebygging … 6 langtidsopphold). */
                        nivaa: number;
                        regler: {
                            id: string;
                            /**
                             * @description Betingelse: { "alle": [...] } (alle må gjelde; tom liste = alltid), { "noen": [...] }, { "ikke": {...} }, { "nivaa": "<nivå-id>" } eller { "fakta": "<navn>", "operator": "lik|ulik|minst|hoyst|mellom|en_av", "verdi": ... }.
                             * @example {
                             *       "fakta": "iplos.maksADL",
                             *       "operator": "minst",
                             *       "verdi": 3
                             *     }
                             */
                            naar: Record<string, never>;
                            /** @enum {unknown} */
                            utfall: "innvilget" | "delvis_innvilget" | "avslag" | "venteliste";
                            omfang?: {
                                min: number;
                                max: number;
                                /** @enum {unknown} */
                                enhet: "timer_per_uke" | "dogn";
                            };
                            begrunnelse: string;
                            /** @description Den samme begrunnelsen på nynorsk (nynorske brev skriver denne). */
                            begrunnelseNn: string;
                            hjemmel: string;
                        }[];
                        nivaaer?: {
                            fakta: string;
                            inndeling: {
                                id: string;
                                /** @description Fra og med. */
                                fra: number;
                                /** @description Til (ikke med); null = til og med øvre grense. */
                                til: number | null;
                                beskrivelse?: string;
                            }[];
                        };
                    };
                };
            };
            lokaleAvvik: {
                kommunenummer: string;
                tjenestekode: string;
                erstatterRegelId?: string;
                leggTilFoerRegelId?: string;
                regel: {
                    id: string;
                    /**
                     * @description Betingelse: { "alle": [...] } (alle må gjelde; tom liste = alltid), { "noen": [...] }, { "ikke": {...} }, { "nivaa": "<nivå-id>" } eller { "fakta": "<navn>", "operator": "lik|ulik|minst|hoyst|mellom|en_av", "verdi": ... }.
                     * @example {
                     *       "fakta": "iplos.maksADL",
                     *       "operator": "minst",
                     *       "verdi": 3
                     *     }
                     */
                    naar: Record<string, never>;
                    /** @enum {unknown} */
                    utfall: "innvilget" | "delvis_innvilget" | "avslag" | "venteliste";
                    omfang?: {
                        min: number;
                        max: number;
                        /** @enum {unknown} */
                        enhet: "timer_per_uke" | "dogn";
                    };
                    begrunnelse: string;
                    /** @description Den samme begrunnelsen på nynorsk (nynorske brev skriver denne). */
                    begrunnelseNn: string;
                    hjemmel: string;
                };
                begrunnelse: string;
                begrunnelseNn: string;
                vedtattAv: string;
            }[];
        };
        PubliserDto: {
            /** @description Publiserte versjoner som trekkes tilbake i samme transaksjon, slik at det aldri er et øyeblikk uten gjeldende kriterier. Uten dette må perioden ikke overlappe noen publisert versjon. */
            erstatter?: string[];
        };
        BrevmalSammendragDto: {
            /** Format: uuid */
            id: string;
            /**
             * @example vedtak_innvilget
             * @enum {string}
             */
            brevtype: "vedtak_innvilget" | "vedtak_delvis_innvilget" | "vedtak_avslag" | "vedtak_venteliste" | "foreloepig_svar" | "innhenting_opplysninger" | "trukket" | "soknad_avvist" | "klage_oversendt" | "klage_avvist" | "klage_trukket" | "forhandsvarsel" | "kvittering";
            /**
             * @example nb
             * @enum {string}
             */
            maalform: "nb" | "nn";
            /** @example 2 */
            versjon: number;
            /**
             * @example utkast
             * @enum {string}
             */
            status: "utkast" | "publisert" | "tilbaketrukket";
            /** @description Denne versjonen brukes i nye brev (høyeste publiserte for brevtype og målform) */
            iBruk: boolean;
            /** @example Vedtak om {{soknad.gjelder}} */
            tittel: string;
            /** @example u-42 */
            opprettetAv: string;
            /** Format: date-time */
            opprettet: string;
            /** @example u-42 */
            publisertAv?: string | null;
            /** Format: date-time */
            publisertTid?: string | null;
        };
        BrevmalseksjonSkjema: {
            /**
             * @description Stabil id (små bokstaver, tall og _). Vedtaksbrev må ha de påkrevde seksjonene.
             * @example klage
             */
            id: string;
            /** @example Du kan klage på vedtaket */
            overskrift: string;
            /**
             * @description Mustache-tekst uten logikk
             * @example Du kan klage innen 4 uker ... Send klagen til {{brevhode.klageadresse}}.
             */
            tekst: string;
        };
        BrevmalinnholdSkjema: {
            /**
             * @example vedtak_innvilget
             * @enum {string}
             */
            brevtype: "vedtak_innvilget" | "vedtak_delvis_innvilget" | "vedtak_avslag" | "vedtak_venteliste" | "foreloepig_svar" | "innhenting_opplysninger" | "trukket" | "soknad_avvist" | "klage_oversendt" | "klage_avvist" | "klage_trukket" | "forhandsvarsel" | "kvittering";
            /**
             * @example nb
             * @enum {string}
             */
            maalform: "nb" | "nn";
            /** @example Vedtak om {{soknad.gjelder}} */
            tittel: string;
            seksjoner: components["schemas"]["BrevmalseksjonSkjema"][];
            /**
             * @description Alle flettefelt malen bruker, deklarert
             * @example [
             *       "brevhode.klageadresse",
             *       "soknad.gjelder"
             *     ]
             */
            flettefelt: string[];
        };
        NyBrevmalDto: {
            /**
             * @example vedtak_innvilget
             * @enum {string}
             */
            brevtype: "vedtak_innvilget" | "vedtak_delvis_innvilget" | "vedtak_avslag" | "vedtak_venteliste" | "foreloepig_svar" | "innhenting_opplysninger" | "trukket" | "soknad_avvist" | "klage_oversendt" | "klage_avvist" | "klage_trukket" | "forhandsvarsel" | "kvittering";
            /**
             * @example nb
             * @enum {string}
             */
            maalform: "nb" | "nn";
            /** @description Må ha samme brevtype og målform som feltene over */
            innhold: components["schemas"]["BrevmalinnholdSkjema"];
        };
        BrevmalDto: {
            /** Format: uuid */
            id: string;
            /**
             * @example vedtak_innvilget
             * @enum {string}
             */
            brevtype: "vedtak_innvilget" | "vedtak_delvis_innvilget" | "vedtak_avslag" | "vedtak_venteliste" | "foreloepig_svar" | "innhenting_opplysninger" | "trukket" | "soknad_avvist" | "klage_oversendt" | "klage_avvist" | "klage_trukket" | "forhandsvarsel" | "kvittering";
            /**
             * @example nb
             * @enum {string}
             */
            maalform: "nb" | "nn";
            /** @example 2 */
            versjon: number;
            /**
             * @example utkast
             * @enum {string}
             */
            status: "utkast" | "publisert" | "tilbaketrukket";
            /** @description Denne versjonen brukes i nye brev (høyeste publiserte for brevtype og målform) */
            iBruk: boolean;
            /** @example Vedtak om {{soknad.gjelder}} */
            tittel: string;
            /** @example u-42 */
            opprettetAv: string;
            /** Format: date-time */
            opprettet: string;
            /** @example u-42 */
            publisertAv?: string | null;
            /** Format: date-time */
            publisertTid?: string | null;
            innhold: components["schemas"]["BrevmalinnholdSkjema"];
        };
        EndreBrevmalDto: {
            /** @description Hele det nye innholdet; brevtype og målform kan ikke endres */
            innhold: components["schemas"]["BrevmalinnholdSkjema"];
        };
        ForhandsvisningDto: {
            /**
             * @description Kommunen hvis brevhode brukes; ellers din første kommune
             * @example 1865
             */
            kommunenummer?: string;
        };
        ForhandsvisningSvarDto: {
            /** Format: uuid */
            brevmalId: string;
            /** @example vedtak_innvilget */
            brevtype: string;
            /** @example nb */
            maalform: string;
            /** @example 2 */
            versjon: number;
            /** @enum {string} */
            status: "utkast" | "publisert" | "tilbaketrukket";
            /** @example 1865 */
            kommunenummer: string;
            /**
             * @description Brevhodets avsenderlinje
             * @example Vågan kommune, ved Felles tildelingskontor Lofoten
             */
            avsender: string;
            /** @example Vedtak om praktisk bistand */
            tittel: string;
            /** @description Seksjoner som blir tomme med eksempeldataene, er utelatt (som i brevet) */
            seksjoner: components["schemas"]["FlettetSeksjonDto"][];
            /** @description Avsenderlinje, tittel og seksjoner som ren tekst */
            tekst: string;
            /** @example Flettet med eksempeldata (fiktiv person). Ikke et brev. */
            merknad: string;
        };
        OidcValgDto: {
            /**
             * @description Innloggingstjenesten (OIDC_ISSUER)
             * @example https://idp.lofoten.example/
             */
            issuer: string;
            /**
             * @description Nettappens offentlige klient-id (OIDC_WEB_CLIENT_ID)
             * @example tk-lofoten-web
             */
            klientId: string;
            /** @example openid profile */
            scope: string;
        };
        InnloggingsvalgDto: {
            /** @description Innlogging med OIDC (kode + PKCE); null når den ikke er satt opp */
            oidc: components["schemas"]["OidcValgDto"] | null;
            /** @description Utviklingsinnloggingen (POST /dev/token) finnes; aldri i produksjon */
            utviklingsinnlogging: boolean;
        };
        InnloggetBrukerDto: {
            /** @example idp-3f2a */
            sub: string;
            /** @example Siri Saksbehandler */
            navn: string;
            roller: ("saksbehandler" | "leder" | "tillitsvalgt" | "fagadmin")[];
            /**
             * @example [
             *       "1865",
             *       "1860"
             *     ]
             */
            kommuner: string[];
        };
        DevTokenDto: {
            /**
             * @example saksbehandler
             * @enum {string}
             */
            rolle: "saksbehandler" | "leder" | "tillitsvalgt" | "fagadmin";
            /**
             * @description Kommunenumre brukeren kan handle for
             * @example [
             *       "1865",
             *       "1860"
             *     ]
             */
            kommuner: string[];
            /** @example Siri Saksbehandler */
            navn?: string;
        };
        DevTokenSvarDto: {
            token: string;
            /** @example demo-saksbehandler-1865 */
            sub: string;
            /** @example Siri Saksbehandler */
            navn: string;
            /** @example 2026-11-23T18:00:00.000Z */
            utloper: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    sjekkLiv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivSvar"];
                };
            };
        };
    };
    sjekkKlar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlarSvar"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKommuner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De fire kommunene og innstillingene deres */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KommuneDto"][];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endreKommuneinnstillinger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kommunenummer: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KommuneinnstillingerDto"];
            };
        };
        responses: {
            /** @description Kommunens klageorgan og forskrift om langtidsopphold, slik brevene siterer dem */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KommuneDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTjenester: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tjenestekatalogen, med rettsgrunnlag (pbrl_2_1_a, pbrl_2_1_d, pbrl_2_1_e eller skjonn), klageinstans og tekster (navn, hjemmel, plikt og rett) på bokmål og nynorsk */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TjenesteSvar"][];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentArbeidsliste: {
        parameters: {
            query?: {
                kommune?: string;
                /** @description Én eller flere statuser, kommaseparert */
                status?: string[];
                tjeneste?: string;
                /** @description Bruker-id, «meg» eller «ingen» */
                saksbehandler?: string;
                forfalt?: boolean;
                snartForfall?: boolean;
                sorter?: "frist" | "mottatt" | "saksnummer";
                side?: number;
                antall?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Arbeidslisten, sidevis */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArbeidslisteSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registrerSoknad: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrerSoknadDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrertSoknadDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentSak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Saken med person, historikk, journal og kartlegginger */
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SakDetaljSvar"];
                };
            };
            /** @description Uendret siden versjonen i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registrerKartlegging: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KartleggingDto"];
            };
        };
        responses: {
            /** @description Kartleggingen med utledet bistandsbehov */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrertKartleggingSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tildelSaksbehandler: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TildelingDto"];
            };
        };
        responses: {
            /** @description Saken med ny saksbehandler */
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SakSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    utforHandling: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandlingDto"];
            };
        };
        responses: {
            /** @description Saken i sin nye status */
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SakSvar"];
                };
            };
            /** @description Ugyldige felt; errors navngir feltet (f.eks. kommentar mangler ved avvis, ukjent trukketMaate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen er ikke tillatt i sakens status, eller versjonen er utdatert */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    beOmOpplysninger: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InnhentingDto"];
            };
        };
        responses: {
            /** @description Saken, som nå venter på opplysningene */
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SakDetaljSvar"];
                };
            };
            /** @description Ingen opplysninger, eller svarfristen er ikke etter i dag */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken har vedtak, eller versjonen er utdatert */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendForeloepigSvar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForeloepigSvarDto"];
            };
        };
        responses: {
            /** @description Saken, med forelopigSvarDato satt */
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SakDetaljSvar"];
                };
            };
            /** @description Ukjent grunn, innhenting uten at saken venter på opplysninger, eller en dato som ikke er etter i dag */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken har fått foreløpig svar, har vedtak, eller versjonen er utdatert */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendForhandsvarsel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForhandsvarselDto"];
            };
        };
        responses: {
            /** @description Saken, med forhaandsvarsel */
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SakDetaljSvar"];
                };
            };
            /** @description Tom endring, en frist som ikke er etter i dag, en virkningsdato før fristen, eller et vedtak som ikke er fattet i saken */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken er ikke under revurdering, eller versjonen er utdatert */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    skrivJournalnotat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JournalnotatDto"];
            };
        };
        responses: {
            /** @description Notatets id; Location er saken */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalnotatOpprettetSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    byttKommune: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KommunebytteDto"];
            };
        };
        responses: {
            /** @description Saken i den nye kommunen */
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SakSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sokITilgangslogg: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TilgangsloggSokDto"];
            };
        };
        responses: {
            /** @description Hvem som har lest eller endret personens opplysninger, nyeste først */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TilgangsloggSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentAnbefaling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kriterienes anbefaling per tjeneste, med begrunnelsene som slo til */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnbefalingSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fattVedtak: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VedtakDto"];
            };
        };
        responses: {
            /** @description Vedtaket (eller utkastet, der fire øyne gjelder), med likebehandlingssignal */
            201: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FattetVedtakSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forhandsvisVedtaksbrev: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VedtakDto"];
            };
        };
        responses: {
            /** @description Vedtaksbrevet slik det blir om vedtaket fattes nå med disse feltene: tekst, ikke PDF. Ingenting lagres. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VedtaksbrevforhandsvisningSvar"];
                };
            };
            /** @description Feltene er ugyldige (samme kontroll som vedtaket) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    godkjennVedtak: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GodkjenningDto"];
            };
        };
        responses: {
            /** @description Det fattede vedtaket */
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GodkjentVedtakSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentVedtak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VedtakSvar"];
                };
            };
            /** @description Uendret siden versjonen i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentVedtaksbrev: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Brevet som PDF/A, nøyaktig de bytene som ble sendt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Brevet er ikke laget ennå; svaret sier statusen */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registrerKlage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlageDto"];
            };
        };
        responses: {
            /** @description Klagen, med frist og om den kom innen fristen */
            201: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrertKlageSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    vurderKlage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlagevurderingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlageSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    avsluttKlage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlageavslutningDto"];
            };
        };
        responses: {
            /** @description Klagen med status trukket eller avvist, avsluttetDato og avslutningsgrunn */
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlageSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ukjent klage, eller en klage i en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Klagen kan ikke avsluttes slik i sin status, eller versjonen er utdatert */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    taOppSenKlage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FristoppreisningDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FristoppreisningSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ukjent klage, eller en klage i en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Klagen kom innen fristen, er allerede tatt opp eller vurdert, eller versjonen er utdatert */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registrerStatsforvalterensAvgjorelse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatsforvalterenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlageSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeiledeBrev: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Brev som ikke kunne lages etter alle forsøk */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeiledeBrevSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentBrevetterslep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bestilte brev som ikke er sendt (antall og alder på det eldste) og feilede brev, per kommune */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrevetterslepSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentBrevPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Brevet som PDF/A, nøyaktig de bytene som ble sendt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Brevet er ikke laget ennå; svaret sier statusen */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    kjorBrevPaaNytt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Brevet er bestilt igjen */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NyKjoringSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentVenteliste: {
        parameters: {
            query: {
                kommune: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ventelisten for langtidsopphold i kommunen, etter vurdert behov og så dato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VentelisteSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    avsluttVenteliste: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
                /** @description Versjonen endringen gjelder, som ETag-en sa («"3"»); i stedet for, eller lik, versjon i kroppen. Er ressursen endret siden, er svaret 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvsluttVentelisteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvsluttetVentelisteplassSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Handlingen passer ikke med ressursens tilstand, eller versjonen er utdatert (UTDATERT_VERSJON) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match stemmer ikke med ressursens versjon */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDokumenter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DokumentSvar"][];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken eller dokumentet finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lastOppDokument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DokumentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DokumentSvar"];
                };
            };
            /** @description Innholdet er ikke PDF, JPEG eller PNG, eller ikke gyldig base64; errors navngir feltet */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken eller dokumentet finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dokumentet er større enn 10 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentDokumentinnhold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Filen; Digest-hodet har SHA-256 av innholdet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Saken eller dokumentet finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sokPersonerOgSaker: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SokDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SokSvar"];
                };
            };
            /** @description Søket er for kort, eller har siffer uten å være et helt fødselsnummer eller et saksnummer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentPersonoversikt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Personoversikten; vedtak, brev og klager beskrevet med tjeneste, utfall og dato */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonoversiktSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Personen finnes ikke, eller er bare kjent i kommuner du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentInnboks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Innboksen, del for del */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InnboksSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentHendelser: {
        parameters: {
            query?: {
                /** @description Markøren: id-en til den siste hendelsen du har sett (0 fra begynnelsen) */
                etter?: number;
                antall?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HendelsesideSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAbonnementer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbonnementSvar"][];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opprettAbonnement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NyttAbonnementDto"];
            };
        };
        responses: {
            /** @description Abonnementet, med hemmeligheten (den eneste gangen den vises) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpprettetAbonnementSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentAbonnement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbonnementSvar"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    slettAbonnement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Slettet */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentLeveranser: {
        parameters: {
            query?: {
                antall?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeveranseSvar"][];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRapporter: {
        parameters: {
            query?: {
                type?: "likebehandling" | "anonymisert";
                aar?: number;
                antall?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De nyeste rapportene du kan se, uten innhold: dine egne bestillinger, og for ledere de anonymiserte og de som gjelder bare egne kommuner */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RapportstatusDto"][];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bestillRapport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RapportbestillingDto"];
            };
        };
        responses: {
            /** @description Rapporten er bestilt og lages i bakgrunnen */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RapportstatusDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tillitsvalgte kan bare bestille den anonymiserte rapporten */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentRapport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RapportstatusDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Finnes ikke, eller du har ikke tilgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentRapportinnhold: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rapporten som JSON, CSV (semikolon, UTF-8) eller PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "text/csv": string;
                    "application/pdf": string;
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ressursen finnes ikke, eller hører til en kommune du ikke har tilgang til */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKriteriesett: {
        parameters: {
            query?: {
                status?: "utkast" | "publisert" | "tilbaketrukket";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KriteriesettSammendragDto"][];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opprettKriteriesett: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KriteriesettUtkastDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KriteriesettDto"];
                };
            };
            /** @description Settet har feil; errors navngir hver regel og feil (ukjent fakta, regel som aldri slår til, hull eller overlapp i nivåer, manglende oppsamlingsregel) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentKriterieskjema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Schema (draft-07) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importerKriteriesett: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example urn:tk-lofoten:skjema:kriteriedokument:1 */
                    $schema?: string;
                    /** @example 1 */
                    formatversjon?: number;
                    kriteriesett: Record<string, never>;
                    lokaleAvvik: Record<string, never>[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KriteriesettDto"];
                };
            };
            /** @description Filen har feil; errors navngir feltet i filen */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentKriteriesett: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KriteriesettDto"];
                };
            };
            /** @description Uendret siden versjonen i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endreKriteriesett: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KriteriesettUtkastDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KriteriesettDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen er publisert eller trukket tilbake og kan ikke endres */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publiserKriteriesett: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PubliserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KriteriesettDto"];
                };
            };
            /** @description Settet har feil og kan ikke publiseres */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ikke et utkast, eller perioden overlapper en publisert versjon (errors navngir den) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    trekkTilbakeKriteriesett: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KriteriesettDto"];
                };
            };
            /** @description Uendret siden versjonen i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allerede trukket tilbake */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sammenlignKriteriesett: {
        parameters: {
            query: {
                /** @description Kommunen som sammenlignes med de felles reglene */
                kommune: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per tjeneste: radene i den rekkefølgen kommunen prøver reglene, med endring uendret | erstattet | lagt_til */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Ukjent kommune */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eksporterKriteriesett: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON-dokument med fast nøkkelrekkefølge; to eksporter av samme versjon er like */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBrevmaler: {
        parameters: {
            query?: {
                brevtype?: "vedtak_innvilget" | "vedtak_delvis_innvilget" | "vedtak_avslag" | "vedtak_venteliste" | "foreloepig_svar" | "innhenting_opplysninger" | "trukket" | "soknad_avvist" | "klage_oversendt" | "klage_avvist" | "klage_trukket" | "forhandsvarsel" | "kvittering";
                maalform?: "nb" | "nn";
                status?: "utkast" | "publisert" | "tilbaketrukket";
                /** @description Bare versjonene som brukes i nye brev (høyeste publiserte per brevtype og målform) */
                iBruk?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrevmalSammendragDto"][];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Brevmalen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opprettBrevmal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NyBrevmalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrevmalDto"];
                };
            };
            /** @description Malen har feil; errors navngir hvert felt (ukjent eller udeklarert flettefelt, manglende påkrevd seksjon) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Brevmalen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentBrevmal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrevmalDto"];
                };
            };
            /** @description Uendret siden versjonen i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Brevmalen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endreBrevmal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndreBrevmalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrevmalDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Brevmalen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Versjonen er publisert eller trukket tilbake og kan ikke endres */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publiserBrevmal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrevmalDto"];
                };
            };
            /** @description Uendret siden versjonen i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malen har feil og kan ikke publiseres */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Brevmalen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ikke et utkast, eller en nyere versjon er allerede publisert */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    trekkTilbakeBrevmal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrevmalDto"];
                };
            };
            /** @description Uendret siden versjonen i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Brevmalen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allerede trukket tilbake, eller den eneste publiserte versjonen */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forhandsvisBrevmal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForhandsvisningDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Ressursens versjon («"3"»), til If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForhandsvisningSvarDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Brevmalen finnes ikke */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentInnloggingsvalg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InnloggingsvalgDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hentInnloggetBruker: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InnloggetBrukerDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mangler gyldig innlogging (bearer-token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rollen eller kommunetilgangen din tillater ikke handlingen */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lagUtviklingstoken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Valgfri, 1–200 synlige ASCII-tegn. Samme nøkkel og forespørsel innen 24 timer gir det første svaret igjen; samme nøkkel med en annen forespørsel gir 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenSvarDto"];
                };
            };
            /** @description Ugyldig forespørsel: errors navngir feltene (code VALIDERING eller en domenekode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Innholdstypen eller tegnsettet støttes ikke (bruk JSON i UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørselen kan ikke behandles (for eksempel en Idempotency-Key brukt til en annen forespørsel) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange forespørsler; Retry-After sier når du kan prøve igjen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Intern feil; oppgi correlationId ved henvendelse */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen eller køen svarer ikke akkurat nå; Retry-After sier når du kan prøve igjen */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
