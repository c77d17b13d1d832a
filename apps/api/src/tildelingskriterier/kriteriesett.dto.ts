import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { KRITERIESETT_SKJEMA, KRITERIESETT_STATUSER, type KriteriesettStatus } from '../../../../libs/domain/src/kriterier/index.js';
import { enAv, ErDato } from '../http/meldinger.js';

type Skjema = Record<string, unknown>;
const DEFINISJONER = KRITERIESETT_SKJEMA.definitions as unknown as Record<string, Skjema>;

/**
 * The criteria JSON Schema (draft-07, `urn:` references, `if`/`then`) rewritten for OpenAPI 3.0: references
 * inlined, nullable types as `nullable`, and the recursive condition tree cut at its description. The full
 * schema, the one the server validates with, is served by `GET /tildelingskriterier/skjema`.
 */
function tilOpenApi(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(tilOpenApi);
  if (s === null || typeof s !== 'object') return s;
  const o = s as Skjema;
  if (typeof o.$ref === 'string') {
    const navn = o.$ref.split('/').pop()!;
    const def = DEFINISJONER[navn]!;
    if (navn === 'betingelse') return { type: 'object', description: def.description, example: { fakta: 'iplos.maksADL', operator: 'minst', verdi: 3 } };
    return tilOpenApi(def);
  }
  const ut: Skjema = {};
  for (const [k, v] of Object.entries(o)) {
    if (['$schema', '$id', 'definitions', 'if', 'then', 'else', 'propertyNames'].includes(k)) continue;
    if (k === 'type' && Array.isArray(v)) {
      const typer = v.filter((t) => t !== 'null');
      if (typer.length === 1) ut.type = typer[0];
      if (v.includes('null')) ut.nullable = true;
      continue;
    }
    ut[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Skjema).map(([p, ps]) => [p, tilOpenApi(ps)])) : tilOpenApi(v);
  }
  return ut;
}

const INNHOLD_SKJEMA = tilOpenApi(KRITERIESETT_SKJEMA) as Skjema;
/** On input the server fills `navn`, `versjon` and the window from the body's own fields. */
const INNHOLD_INN_SKJEMA: Skjema = { ...INNHOLD_SKJEMA, required: ['tjenester'] };
const LOKALT_AVVIK_SKJEMA = tilOpenApi(DEFINISJONER.lokaltAvvik) as Skjema;

const INNHOLD_EKSEMPEL = {
  navn: 'Felles tildelingskriterier 2027',
  navnNn: 'Felles tildelingskriterium 2027',
  versjon: 2,
  gyldigFra: '2027-01-01',
  gyldigTil: null,
  tjenester: {
    trygghetsalarm: {
      nivaa: 1,
      regler: [
        {
          id: 'ta-innvilget',
          naar: { alle: [{ fakta: 'borAlene', operator: 'lik', verdi: true }, { fakta: 'iplos.maksADL', operator: 'minst', verdi: 2 }] },
          utfall: 'innvilget',
          begrunnelse: 'Du bor alene og har behov for å kunne tilkalle hjelp.',
          begrunnelseNn: 'Du bur åleine og har behov for å kunne tilkalle hjelp.',
          hjemmel: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a',
        },
        { id: 'ta-avslag', naar: { alle: [] }, utfall: 'avslag', begrunnelse: 'Behovet kan dekkes på annen måte.', begrunnelseNn: 'Behovet kan dekkjast på annan måte.', hjemmel: 'helse- og omsorgstjenesteloven § 3-1' },
      ],
    },
  },
};

const INNHOLD_BESKRIVELSE =
  'Kriteriesettet (JSON Schema: GET /tildelingskriterier/skjema). navn, versjon, gyldigFra og gyldigTil i innholdet settes av tjeneren fra feltene over, og kan utelates. Innholdet valideres fullt ved lagring og ved publisering; hver feil navngir regelen.';

/** Create or replace a draft. */
export class KriteriesettUtkastDto {
  @ApiProperty({ example: 'Felles tildelingskriterier 2027' }) @IsString() @IsNotEmpty() @MaxLength(200) navn: string;
  @ApiPropertyOptional({ example: 'Felles tildelingskriterium 2027', description: 'Navnet på nynorsk, som nynorske vedtaksbrev viser til; kreves for å publisere (utelatt: innholdets navnNn beholdes)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  navnNn?: string;
  @ApiProperty({ example: '2027-01-01', description: 'Første dag i kraft' }) @ErDato() gyldigFra: string;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: 'Siste dag i kraft (inkludert); utelatt eller null = løpende' })
  @IsOptional()
  @ErDato()
  gyldigTil?: string | null;
  @ApiProperty({ ...INNHOLD_INN_SKJEMA, description: INNHOLD_BESKRIVELSE, example: INNHOLD_EKSEMPEL })
  @IsObject({ message: 'Må være et objekt (kriteriesettet).' })
  innhold: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'array', items: LOKALT_AVVIK_SKJEMA, description: 'Kommunenes lokale avvik fra de felles reglene; hvert avvik erstatter én felles regel eller legges foran én' })
  @IsOptional()
  @IsArray({ message: 'Må være en liste.' })
  lokaleAvvik?: unknown[];
}

export class PubliserDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'Publiserte versjoner som trekkes tilbake i samme transaksjon, slik at det aldri er et øyeblikk uten gjeldende kriterier. Uten dette må perioden ikke overlappe noen publisert versjon.',
  })
  @IsOptional()
  @IsArray({ message: 'Må være en liste.' })
  @ArrayMaxSize(10)
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { each: true, message: 'Må være id-en (uuid) til en publisert versjon.' })
  erstatter?: string[];
}

export class KriteriesettQuery {
  @ApiPropertyOptional({ enum: KRITERIESETT_STATUSER }) @IsOptional() @IsIn(KRITERIESETT_STATUSER, enAv(KRITERIESETT_STATUSER)) status?: KriteriesettStatus;
}

export class SammenligningQuery {
  @ApiProperty({ example: '1860', description: 'Kommunen som sammenlignes med de felles reglene' })
  @Matches(/^\d{4}$/, { message: 'Må være et firesifret kommunenummer.' })
  kommune: string;
}

export class KriteriesettSammendragDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Felles tildelingskriterier 2027' }) navn: string;
  @ApiProperty({ example: 2 }) versjon: number;
  @ApiProperty({ example: '2027-01-01' }) gyldigFra: string;
  @ApiProperty({ example: null, nullable: true, type: String }) gyldigTil: string | null;
  @ApiProperty({ enum: KRITERIESETT_STATUSER, example: 'utkast' }) status: KriteriesettStatus;
  @ApiProperty({ description: 'Publisert og gjelder i dag: versjonen nye anbefalinger og vedtak bruker' }) iKraft: boolean;
  @ApiProperty({ example: 11 }) antallTjenester: number;
  @ApiProperty({ example: 1 }) antallLokaleAvvik: number;
  @ApiProperty({ example: 'u-42' }) opprettetAv: string;
  @ApiProperty({ format: 'date-time' }) opprettet: Date;
  @ApiPropertyOptional({ example: 'u-42', nullable: true, type: String }) publisertAv: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: Date }) publisertTid: Date | null;
}

export class KriteriesettDto extends KriteriesettSammendragDto {
  @ApiProperty({ ...INNHOLD_SKJEMA, example: INNHOLD_EKSEMPEL }) innhold: Record<string, unknown>;
  @ApiProperty({ type: 'array', items: LOKALT_AVVIK_SKJEMA }) lokaleAvvik: unknown[];
}
