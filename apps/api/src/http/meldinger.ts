import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { erGyldigIsoDato } from '../../../../libs/domain/src/frister/dato.js';

/**
 * Validation messages in bokmål, so a caseworker can read what is wrong with each field.
 * Keyed by class-validator's constraint names; a rule without an entry keeps its own message.
 */
export const VALIDERINGSMELDINGER: Record<string, string> = {
  whitelistValidation: 'Feltet er ikke tillatt.',
  unknownValue: 'Ukjent verdi.',
  isString: 'Må være tekst.',
  isNotEmpty: 'Må fylles ut.',
  isBoolean: 'Må være true eller false.',
  isInt: 'Må være et heltall.',
  isNumber: 'Må være et tall.',
  isArray: 'Må være en liste.',
  isObject: 'Må være et objekt.',
  nestedValidation: 'Må være et objekt med gyldige felt.',
  isUuid: 'Må være en gyldig id.',
  isEmail: 'Må være en gyldig e-postadresse.',
};

export const DATO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const enAv = (verdier: readonly string[]) => ({ message: `Må være en av: ${verdier.join(', ')}.` });

/**
 * At most `n` decimals. Replaces class-validator's `maxDecimalPlaces`, which throws a TypeError (a 500) on
 * any fraction JavaScript prints in exponent form, e.g. 1e-7 or 6e-323.
 */
export function MaksDesimaler(n: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maksDesimaler',
      constraints: [n],
      validator: {
        validate: (v: unknown) => typeof v === 'number' && Number.isFinite(v) && Number(v.toFixed(n)) === v,
        defaultMessage: () => `Kan ha høyst ${n} desimaler.`,
      },
    },
    options,
  );
}

/**
 * A calendar date `ÅÅÅÅ-MM-DD` that exists, from 1900 on. The pattern alone let 2026-02-30 reach the domain
 * (a 400 without the field) and 0000-01-01 reach PostgreSQL (a 500: year zero does not exist).
 */
export function ErDato(options?: ValidationOptions): PropertyDecorator {
  const valider = ValidateBy(
    {
      name: 'erDato',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && DATO.test(v) && erGyldigIsoDato(v) && v >= '1900-01-01',
        defaultMessage: () => 'Må være en dato som finnes, på formen ÅÅÅÅ-MM-DD (fra 1900).',
      },
    },
    options,
  );
  // The OpenAPI document says the same (`format: date`), so a generated client knows the field is a date.
  return (target, felt) => {
    valider(target, felt);
    if (!options?.each) ApiProperty({ type: String, format: 'date' })(target, felt);
  };
}
