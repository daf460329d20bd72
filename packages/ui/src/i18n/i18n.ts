import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Resources } from './dictionary';
import { en } from './en';
import { id } from './id';
import { journeysEn } from './journeys-en';
import { journeysId } from './journeys-id';
import { moneyEn } from './money-en';
import { moneyId } from './money-id';
import { seatsEn } from './seats-en';
import { seatsId } from './seats-id';
import { webEn } from './web-en';
import { webId } from './web-id';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

// Both SPAs live on one origin, so a language chosen in one is kept in the other.
const STORAGE_KEY = 'reserva.lang';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'id';
  } catch {
    // Private modes may refuse storage; Indonesian is the product default.
    return 'id';
  }
}

export function initI18n(): typeof i18next {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: {
      id: { translation: { ...id, ...webId, ...journeysId, ...seatsId, ...moneyId } },
      en: { translation: { ...en, ...webEn, ...journeysEn, ...seatsEn, ...moneyEn } },
    },
    lng,
    fallbackLng: 'id',
    supportedLngs: [...LANGUAGES],
    // React escapes rendered text already.
    interpolation: { escapeValue: false },
    // Resources are bundled, so init can finish before the first render.
    initAsync: false,
    react: { useSuspense: false },
  });
  return i18next;
}

export async function setLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not persisted; the switch still applies to this page.
  }
  document.documentElement.lang = lng;
  await i18next.changeLanguage(lng);
}

export const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'id');

/** The locale used for dates and numbers in the current language. */
export const currentLocale = (): string => (currentLanguage() === 'en' ? 'en-GB' : 'id-ID');
