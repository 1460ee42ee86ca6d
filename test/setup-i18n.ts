import '../src/i18n/all.ts';
