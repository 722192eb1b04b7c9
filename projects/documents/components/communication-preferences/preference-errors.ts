import {
  CommunicationPreferenceFieldError,
  CommunicationPreferenceUpdate,
} from '@exstream-spartacus/documents/root';

/** Fields of a category row that can carry an error. */
export type PreferenceField = 'channel' | 'paperless' | 'format' | 'language';

export const PREFERENCE_FIELDS: PreferenceField[] = [
  'channel',
  'paperless',
  'format',
  'language',
];

/** An error shown next to a field: a translation key, or the server's text. */
export interface PreferenceFieldMessage {
  key: string;
  serverMessage?: string;
}

/** Errors of the form by `index.field`. */
export type PreferenceErrors = Map<string, PreferenceFieldMessage>;

/** The channel that contradicts paperless consent. */
const PAPER_CHANNEL = 'POST';

export function preferenceErrorKey(index: number, field: PreferenceField): string {
  return `${index}.${field}`;
}

/** The paperless-by-post rule, checked before sending. */
export function paperlessByPostErrors(
  updates: CommunicationPreferenceUpdate[]
): PreferenceErrors {
  const errors: PreferenceErrors = new Map();
  updates.forEach((update, index) => {
    if (update.paperless && update.channel === PAPER_CHANNEL) {
      errors.set(preferenceErrorKey(index, 'paperless'), {
        key: 'exstreamCommunicationPreferences.errors.paperlessPost',
      });
    }
  });
  return errors;
}

/** The server's `preferences[i].field` errors that match a row of the form. */
export function serverPreferenceErrors(
  fieldErrors: CommunicationPreferenceFieldError[],
  rowCount: number
): PreferenceErrors {
  const errors: PreferenceErrors = new Map();
  for (const fieldError of fieldErrors) {
    const field = fieldError.field as PreferenceField;
    if (
      fieldError.index === undefined ||
      fieldError.index >= rowCount ||
      !PREFERENCE_FIELDS.includes(field)
    ) {
      continue;
    }
    const key = preferenceErrorKey(fieldError.index, field);
    if (!errors.has(key)) {
      errors.set(key, {
        key: `exstreamCommunicationPreferences.errors.${field}`,
        serverMessage: fieldError.message,
      });
    }
  }
  return errors;
}

/**
 * The errors without those a change of `field` resolves, or the same map
 * when there is nothing to drop.
 */
export function withoutFieldError(
  errors: PreferenceErrors,
  index: number,
  field: PreferenceField
): PreferenceErrors {
  const keys = [preferenceErrorKey(index, field)];
  // the paperless-by-post rule involves both fields
  if (field === 'channel') {
    keys.push(preferenceErrorKey(index, 'paperless'));
  }
  if (!keys.some((key) => errors.has(key))) {
    return errors;
  }
  const remaining = new Map(errors);
  keys.forEach((key) => remaining.delete(key));
  return remaining;
}
