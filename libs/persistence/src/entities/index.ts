import { AbonnementEntity, AbonnementLeveranseEntity } from './abonnement.entity.js';
import { ArkivmeldingEntity } from './arkivmelding.entity.js';
import { BrevEntity, OutboxEntity } from './brev.entity.js';
import { BrevmalEntity } from './brevmal.entity.js';
import { DokumentEntity } from './dokument.entity.js';
import { HendelseEntity } from './hendelse.entity.js';
import { IdempotensEntity } from './idempotens.entity.js';
import { KartleggingEntity } from './kartlegging.entity.js';
import { KlageEntity, VentelisteEntity } from './klage.entity.js';
import { KriteriesettEntity } from './kriteriesett.entity.js';
import { VedtakEntity, VedtakslinjeEntity } from './vedtak.entity.js';
import { KommuneEntity } from './kommune.entity.js';
import { PersonEntity } from './person.entity.js';
import { RAPPORT_ENTITIES } from './rapport.entity.js';
import { JournalnotatEntity, SaksnummerserieEntity, StatushistorikkEntity } from './sakshistorikk.entity.js';
import { SoknadEntity } from './soknad.entity.js';
import { TilgangsloggEntity } from './tilgangslogg.entity.js';
import { TjenesteEntity } from './tjeneste.entity.js';

export {
  AbonnementEntity,
  AbonnementLeveranseEntity,
  ArkivmeldingEntity,
  HendelseEntity,
  BrevEntity,
  IdempotensEntity,
  BrevmalEntity,
  DokumentEntity,
  KlageEntity,
  KriteriesettEntity,
  OutboxEntity,
  VedtakEntity,
  VedtakslinjeEntity,
  VentelisteEntity,
  JournalnotatEntity,
  KartleggingEntity,
  KommuneEntity,
  PersonEntity,
  SaksnummerserieEntity,
  SoknadEntity,
  StatushistorikkEntity,
  TilgangsloggEntity,
  TjenesteEntity,
};

/** Every entity, listed explicitly (no globs): the schema check and the CLI see exactly these. */
export const ENTITIES = [
  KommuneEntity,
  TilgangsloggEntity,
  TjenesteEntity,
  PersonEntity,
  SoknadEntity,
  StatushistorikkEntity,
  JournalnotatEntity,
  SaksnummerserieEntity,
  KartleggingEntity,
  KriteriesettEntity,
  BrevmalEntity,
  VedtakEntity,
  VedtakslinjeEntity,
  BrevEntity,
  OutboxEntity,
  KlageEntity,
  VentelisteEntity,
  IdempotensEntity,
  ArkivmeldingEntity,
  DokumentEntity,
  HendelseEntity,
  AbonnementEntity,
  AbonnementLeveranseEntity,
  ...RAPPORT_ENTITIES,
];
