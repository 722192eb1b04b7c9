export * from './communication-preferences.component';
export * from './communication-preferences.module';
export * from './preference-category/preference-category.component';
export type {
  PreferenceErrors,
  PreferenceField,
  PreferenceFieldMessage,
} from './preference-errors';
export * from './preference-history/preference-history.component';
