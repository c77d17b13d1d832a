import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/index.js';
import { AuditService } from '../../audit/index.js';
import { BrevbestillingService } from '../../brevproduksjon/src/brevbestilling.service.js';
import { DomeneFeil } from '../../domain/src/felles/typer.js';
import { klagefrist, klageInnenFrist } from '../../domain/src/frister/frister.js';
import { klageregel, type Klagevei, type Rettsgrunnlag } from '../../domain/src/tjenester/rettsgrunnlag.js';
import { klageveierIBrev } from '../../letters/src/brevtekster.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { STATSFORVALTERENS_UTFALL, STATSFORVALTERENS_UTFALL_NAVN, type StatsforvalterensUtfall } from '../../domain/src/saksflyt/saksflyt.js';
import { KlageEntity } from '../../persistence/src/entities/klage.entity.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { VedtakEntity } from '../../persistence/src/entities/vedtak.entity.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { SaksflytService } from '../../saksbehandling/src/saksflyt.service.js';
import { SoknadRepository } from '../../saksbehandling/index.js';
import { idagINorge } from '../../domain/src/frister/dato.js';
import { AVSLUTNING_HANDLING, KLAGEAVSLUTNINGER, kontrollerAvslutning, statsforvalterenMaaVarsles, type Klageavslutning } from './klageavslutning.js';
import { KlageRepository } from './klage.repository.js';

export interface KlageInput {
  vedtakId: string;
  mottattDato: string;
  /** When the person learned of the decision; by default the letter's delivery date. */
  kjentDato?: string;
  begrunnelse: string;
  versjon: number;
}

/**
 * Complaints (pasient- og brukerrettighetsloven § 7-2, fvl. § 28 ff.): registered with the 4-week deadline
 * checked, re-assessed by the office, and if not reversed in full forwarded to Statsforvalteren i Nordland,
 * whose outcome is recorded. A complaint can also be withdrawn, or dismissed by the office before forwarding.
 */
@Injectable()
export class KlageService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly saksflyt: SaksflytService,
    private readonly brev: BrevbestillingService,
    private readonly referanse: Referansedata,
    private readonly klager: KlageRepository,
    private readonly soknader: SoknadRepository,
  ) {}

  /** The decided services with their legal regime: the complaint's route and deadline follow from them. */
  private async regimer(tm: TenantManager, vedtakId: string): Promise<{ kode: string; rettsgrunnlag: Rettsgrunnlag }[]> {
    const tjenester = await this.referanse.tjenester(tm);
    const koder = await this.klager.vedtaketsTjenestekoder(tm, vedtakId);
    return koder.map((kode) => ({ kode, rettsgrunnlag: tjenester.find((t) => t.kode === kode)?.rettsgrunnlag ?? 'skjonn' }));
  }

  async registrer(soknadId: string, input: KlageInput) {
    this.tilgang.krevRolle('saksbehandler');
    return this.tx.run(async (tm) => {
      const soknad = await this.tilgang.hent(tm, SoknadEntity, soknadId, 'søknaden');
      const vedtak = await this.tilgang.hent(tm, VedtakEntity, input.vedtakId, 'vedtaket');
      if (vedtak.soknadId !== soknadId || vedtak.status !== 'vedtatt') {
        throw new DomeneFeil('UGYLDIG_KLAGE', 'Klagen må gjelde et fattet vedtak i denne saken.', 409, [{ field: 'vedtakId', message: 'Vedtaket er ikke fattet i denne saken.' }]);
      }
      const brev = await this.klager.vedtaksbrev(tm, vedtak.id);
      const kjent = input.kjentDato ?? brev?.sendtDato ?? vedtak.vedtaksdato;
      if (input.mottattDato < vedtak.vedtaksdato) {
        throw new DomeneFeil('UGYLDIG_DATO', 'Klagen kan ikke være mottatt før vedtaket ble fattet.', 400, [{ field: 'mottattDato', message: 'Mottatt dato er før vedtaksdatoen.' }]);
      }
      if (kjent < vedtak.vedtaksdato) {
        throw new DomeneFeil('UGYLDIG_DATO', 'Klageren kan ikke ha fått kjennskap til vedtaket før det ble fattet.', 400, [{ field: 'kjentDato', message: `Datoen er før vedtaksdatoen (${vedtak.vedtaksdato}).` }]);
      }
      // A decision on a right goes to Statsforvalteren (4 weeks); only a wholly discretionary one to the
      // municipality's complaint body (3 weeks). On a decision with both, a complaint in time for the rights is in time.
      const regimer = await this.regimer(tm, vedtak.id);
      const klagevei: Klagevei = regimer.length > 0 && regimer.every((r) => klageregel(r.rettsgrunnlag).klagevei === 'kommunen') ? 'kommunen' : 'statsforvalteren';
      const valg = { dager: klagevei === 'kommunen' ? klageregel('skjonn').fristDager : klageregel('pbrl_2_1_a').fristDager };
      const frist = klagefrist(kjent, valg);
      const oppdatert = await this.saksflyt.overgang(tm, soknad, 'registrer_klage', { versjon: input.versjon, kommentar: 'Klage mottatt' });
      const klage = await this.klager.opprett(tm, {
        kommunenummer: soknad.kommunenummer,
        soknadId,
        vedtakId: vedtak.id,
        mottattDato: input.mottattDato,
        kjentDato: kjent,
        klagefrist: frist,
        innenFrist: klageInnenFrist(kjent, input.mottattDato, valg),
        klagevei,
        begrunnelse: input.begrunnelse,
        status: 'mottatt',
        registrertAv: this.context.bruker.id,
      });
      await this.audit.logg(tm, [{ handling: 'opprett', ressurs: 'klage', ressursId: klage.id, personId: soknad.personId, soknadId, kommunenummer: soknad.kommunenummer, formaal: 'klagebehandling' }]);
      return { ...visning(klage), soknadVersjon: oppdatert.versjon };
    });
  }

  /** The office re-assesses first: reversed (a new decision follows) or upheld and forwarded with a letter. */
  async vurder(klageId: string, input: { vurdering: 'omgjort' | 'opprettholdt'; begrunnelse: string; versjon: number }) {
    this.tilgang.krevRolle('saksbehandler');
    const dato = idagINorge();
    return this.tx.run(async (tm) => {
      const klage = await this.hentKlage(tm, klageId, input.versjon);
      if (klage.status !== 'mottatt') throw new DomeneFeil('KLAGE_VURDERT', 'Klagen er allerede vurdert av kontoret.', 409);
      // fvl. § 31: a late complaint is assessed on its merits only once the office has decided to take it up.
      if (!klage.innenFrist && !klage.fristoppreisningDato) {
        throw new DomeneFeil('KLAGE_FOR_SEN', 'Klagen kom etter klagefristen. Bestem først om kontoret likevel tar den under behandling (forvaltningsloven § 31), eller avvis den som for sen.', 409);
      }
      const soknad = await this.soknader.hent(tm, klage.soknadId);
      const omgjort = input.vurdering === 'omgjort';
      const oppdatert = await this.saksflyt.overgang(tm, soknad, omgjort ? 'omgjor' : 'oppretthold_og_oversend', { kommentar: input.begrunnelse });
      await this.klager.oppdater(tm, klageId, {
        status: omgjort ? 'omgjort' : 'oversendt',
        kontoretsVurdering: input.vurdering,
        kontoretsBegrunnelse: input.begrunnelse,
        vurdertDato: dato,
        oversendtDato: omgjort ? null : dato,
        versjon: klage.versjon + 1,
      });
      if (!omgjort) {
        const vedtak = await this.klager.vedtak(tm, klage.vedtakId);
        const regimer = await this.regimer(tm, vedtak.id);
        const kommune = await this.referanse.kommune(tm, soknad.kommunenummer);
        const navn = (m: 'nb' | 'nn') => this.referanse.tjenestenavn(tm, m);
        const [nb, nn] = [await navn('nb'), await navn('nn')];
        await this.brev.bestill(tm, {
          soknad: oppdatert,
          brevtype: 'klage_oversendt',
          klageId,
          dato,
          // Forwarded where the regime says: Statsforvalteren, or the municipality's complaint body, or both.
          innhold: (m) => ({
            klage: { mottattDato: klage.mottattDato, vedtaksdato: vedtak.vedtaksdato, kontoretsVurdering: input.begrunnelse },
            klageveier: klageveierIBrev(regimer.map((r) => ({ navn: (m === 'nn' ? nn : nb)(r.kode), rettsgrunnlag: r.rettsgrunnlag })), kommune.klageorgan, klage.kjentDato, m),
          }),
        });
      }
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'klage', ressursId: klageId, personId: soknad.personId, soknadId: soknad.id, kommunenummer: soknad.kommunenummer, formaal: 'klagebehandling', endringer: { status: { fra: 'mottatt', til: omgjort ? 'omgjort' : 'oversendt' } } }]);
      return visning(await this.klager.hent(tm, klageId));
    });
  }

  /**
   * A late complaint taken up anyway (fvl. § 31): the complainant cannot be blamed for the delay, or there are
   * special reasons to assess it. An explicit step with its reason, recorded on the complaint and in the access log;
   * the complaint is then assessed like one in time. The alternative is dismissal (`avslutt` with `avvist`).
   */
  async taOppTrossFrist(klageId: string, input: { begrunnelse: string; versjon: number }) {
    this.tilgang.krevRolle('saksbehandler');
    const dato = idagINorge();
    return this.tx.run(async (tm) => {
      const klage = await this.hentKlage(tm, klageId, input.versjon);
      if (klage.innenFrist) throw new DomeneFeil('KLAGE_INNEN_FRIST', 'Klagen kom innen fristen og behandles uten videre.', 409);
      if (klage.fristoppreisningDato) throw new DomeneFeil('KLAGE_TATT_OPP', `Kontoret tok klagen under behandling ${klage.fristoppreisningDato}.`, 409);
      if (klage.status !== 'mottatt') throw new DomeneFeil('KLAGE_VURDERT', 'Klagen er ikke lenger til vurdering hos kontoret.', 409);
      const endret = await this.klager.oppdaterVedVersjon(tm, klageId, klage.versjon, {
        fristoppreisningDato: dato,
        fristoppreisningBegrunnelse: input.begrunnelse.trim(),
        fristoppreisningAv: this.context.bruker.id,
        versjon: klage.versjon + 1,
      });
      if (!endret) throw new DomeneFeil('UTDATERT_VERSJON', 'Klagen er endret av noen andre. Last den på nytt.', 409);
      await this.audit.logg(tm, [
        { handling: 'endre', ressurs: 'klage', ressursId: klageId, personId: (await this.soknader.hent(tm, klage.soknadId)).personId, soknadId: klage.soknadId, kommunenummer: klage.kommunenummer, formaal: 'klagebehandling', endringer: { fristoppreisningDato: { fra: null, til: dato } } },
      ]);
      return visning(await this.klager.hent(tm, klageId));
    });
  }

  async statsforvalteren(klageId: string, input: { utfall: StatsforvalterensUtfall; dato: string; versjon: number }) {
    this.tilgang.krevRolle('saksbehandler');
    if (!STATSFORVALTERENS_UTFALL.includes(input.utfall)) throw new DomeneFeil('UGYLDIG_UTFALL', 'Ukjent utfall.', 400, [{ field: 'utfall', message: `Må være en av: ${STATSFORVALTERENS_UTFALL.join(', ')}.` }]);
    return this.tx.run(async (tm) => {
      const klage = await this.hentKlage(tm, klageId, input.versjon);
      if (klage.status !== 'oversendt') throw new DomeneFeil('KLAGE_IKKE_OVERSENDT', 'Statsforvalterens avgjørelse kan bare registreres for en klage som er oversendt.', 409);
      const soknad = await this.soknader.hent(tm, klage.soknadId);
      await this.saksflyt.overgang(tm, soknad, 'registrer_statsforvalterens_avgjorelse', { kommentar: STATSFORVALTERENS_UTFALL_NAVN[input.utfall] });
      await this.klager.oppdater(tm, klageId, { status: 'avgjort', statsforvalterensUtfall: input.utfall, statsforvalterenDato: input.dato, versjon: klage.versjon + 1 });
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'klage', ressursId: klageId, personId: soknad.personId, soknadId: soknad.id, kommunenummer: soknad.kommunenummer, formaal: 'klagebehandling', endringer: { statsforvalterensUtfall: { fra: null, til: input.utfall } } }]);
      return visning(await this.klager.hent(tm, klageId));
    });
  }

  /**
   * The complaint ends without an assessment of its merits: withdrawn by the complainant, or dismissed by the
   * office (fvl. §§ 31 and 33 andre ledd). Either way the decision stands and the case is back at `vedtatt`.
   * A dismissal is itself a decision (fvl. § 2 tredje ledd), so its letter with reasons and the right to
   * complain is ordered in the same transaction; a withdrawal gets a short confirmation.
   */
  async avslutt(klageId: string, input: { utfall: Klageavslutning; begrunnelse: string; versjon: number }) {
    this.tilgang.krevRolle('saksbehandler');
    if (!KLAGEAVSLUTNINGER.includes(input.utfall)) throw new DomeneFeil('UGYLDIG_UTFALL', 'Ukjent utfall.', 400, [{ field: 'utfall', message: `Må være en av: ${KLAGEAVSLUTNINGER.join(', ')}.` }]);
    const dato = idagINorge();
    return this.tx.run(async (tm) => {
      const klage = await this.hentKlage(tm, klageId, input.versjon);
      kontrollerAvslutning(klage.status, input.utfall);
      const soknad = await this.soknader.hent(tm, klage.soknadId);
      const oppdatert = await this.saksflyt.overgang(tm, soknad, AVSLUTNING_HANDLING[input.utfall], { kommentar: input.begrunnelse });
      const endret = await this.klager.oppdaterVedVersjon(tm, klageId, klage.versjon, {
        status: input.utfall,
        avsluttetDato: dato,
        avslutningsgrunn: input.begrunnelse,
        versjon: klage.versjon + 1,
      });
      if (!endret) throw new DomeneFeil('UTDATERT_VERSJON', 'Klagen er endret av noen andre. Last den på nytt.', 409);
      const vedtak = await this.klager.vedtak(tm, klage.vedtakId);
      const felles = { mottattDato: klage.mottattDato, vedtaksdato: vedtak.vedtaksdato };
      await this.brev.bestill(tm, {
        soknad: oppdatert,
        brevtype: input.utfall === 'avvist' ? 'klage_avvist' : 'klage_trukket',
        klageId,
        dato,
        innhold:
          input.utfall === 'avvist'
            ? { klageavvisning: { ...felles, begrunnelse: input.begrunnelse }, klagefrist: klagefrist(dato) }
            : { klagetrekking: { ...felles, trukketDato: dato, oversendtDato: klage.oversendtDato } },
      });
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'klage', ressursId: klageId, personId: soknad.personId, soknadId: soknad.id, kommunenummer: soknad.kommunenummer, formaal: 'klagebehandling', endringer: { status: { fra: klage.status, til: input.utfall } } }]);
      return visning(await this.klager.hent(tm, klageId));
    });
  }

  private async hentKlage(tm: TenantManager, id: string, versjon: number): Promise<KlageEntity> {
    const klage = await this.tilgang.hent(tm, KlageEntity, id, 'klagen');
    if (klage.versjon !== versjon) throw new DomeneFeil('UTDATERT_VERSJON', `Klagen er endret av noen andre (nå versjon ${klage.versjon}). Last den på nytt.`, 409);
    return klage;
  }
}

function visning(k: KlageEntity) {
  return {
    id: k.id,
    soknadId: k.soknadId,
    vedtakId: k.vedtakId,
    mottattDato: k.mottattDato,
    kjentDato: k.kjentDato,
    klagefrist: k.klagefrist,
    innenFrist: k.innenFrist,
    /** A late complaint may still be taken up (fvl. § 31): the office decides, explicitly, with a reason. */
    merknad: k.innenFrist
      ? null
      : k.fristoppreisningDato
        ? `Klagen kom etter klagefristen. Kontoret tok den likevel under behandling ${k.fristoppreisningDato} (forvaltningsloven § 31).`
        : 'Klagen kom etter klagefristen. Kontoret kan likevel ta den under behandling når klageren ikke kan lastes for å ha klaget for sent, eller når det av særlige grunner er rimelig (forvaltningsloven § 31); ellers avvises den.',
    fristoppreisning: k.fristoppreisningDato ? { dato: k.fristoppreisningDato, begrunnelse: k.fristoppreisningBegrunnelse } : null,
    klagevei: k.klagevei,
    status: k.status,
    kontoretsVurdering: k.kontoretsVurdering,
    oversendtDato: k.oversendtDato,
    statsforvalterensUtfall: k.statsforvalterensUtfall,
    avsluttetDato: k.avsluttetDato,
    avslutningsgrunn: k.avslutningsgrunn,
    /** Withdrawn after forwarding: the office must tell Statsforvalteren i Nordland (the letter says it will). */
    statsforvalterenMaaVarsles: statsforvalterenMaaVarsles(k),
    versjon: k.versjon,
  };
}
