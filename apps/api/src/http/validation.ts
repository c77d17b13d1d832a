import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { VALIDERINGSMELDINGER } from './meldinger.js';
import { ValideringsFeil } from './problem-details.filter.js';

/** Turns class-validator's English default messages into bokmål; our own messages are already bokmål. */
export function oversett(rule: string, message: string): string {
  if (/^(Må|Kan|Er|En|Feltet)/.test(message)) return message;
  const tall = /(-?\d+(?:\.\d+)?)/.exec(message)?.[1];
  if (rule === 'max' && tall) return `Kan ikke være større enn ${tall}.`;
  if (rule === 'min' && tall) return `Kan ikke være mindre enn ${tall}.`;
  if (rule === 'maxLength' && tall) return `Kan ikke være lengre enn ${tall} tegn.`;
  if (rule === 'minLength' && tall) return `Må være minst ${tall} tegn.`;
  if (rule === 'arrayMinSize' && tall) return `Listen må ha minst ${tall} ${tall === '1' ? 'element' : 'elementer'}.`;
  if (rule === 'arrayMaxSize' && tall) return `Listen kan ha høyst ${tall} ${tall === '1' ? 'element' : 'elementer'}.`;
  return VALIDERINGSMELDINGER[rule] ?? message;
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // Only the rule's message: class-validator also carries the rejected value, which may be personal data.
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({ field, message: oversett(rule, message) }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const MAKS_DYBDE = 32;
const FORBUDTE_NOKLER = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checked before class-transformer sees the input: it recurses without a limit (10,000 levels of nesting
 * overflowed the stack: a 500) and silently drops `__proto__` and `constructor` keys, which are unknown
 * fields like any other and are refused as such. Iterative, so the check itself cannot overflow.
 */
function formFeil(value: unknown): { field: string; message: string }[] {
  const feil: { field: string; message: string }[] = [];
  const stabel: { v: unknown; sti: string; dybde: number }[] = [{ v: value, sti: '', dybde: 0 }];
  while (stabel.length && feil.length < 20) {
    const { v, sti, dybde } = stabel.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (dybde >= MAKS_DYBDE) {
      feil.push({ field: sti || 'body', message: `Er nøstet for dypt (høyst ${MAKS_DYBDE} nivåer).` });
      continue;
    }
    for (const k of Object.keys(v)) {
      const felt = sti ? `${sti}.${k}` : k;
      if (FORBUDTE_NOKLER.has(k)) feil.push({ field: felt, message: VALIDERINGSMELDINGER.whitelistValidation! });
      else stabel.push({ v: (v as Record<string, unknown>)[k], sti: felt, dybde: dybde + 1 });
    }
  }
  return feil;
}

class TkValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const feil = formFeil(value);
      if (feil.length) throw new ValideringsFeil(feil);
    }
    return super.transform(value, metadata);
  }
}

/** Unknown fields are rejected (no mass assignment); every broken rule is named with its field. */
export function lagValidationPipe(): ValidationPipe {
  return new TkValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValideringsFeil(flatten(errors)),
  });
}
