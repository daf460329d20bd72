import i18next from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import type { PanelKey } from './panel-dictionary';

/** Where the panel's strings live inside the shared `translation` namespace. */
const ROOT = 'panel';

/** Adds the panel's strings to the already initialised i18n instance (call once, after `initI18n`). */
export function registerPanelStrings(): void {
  i18next.addResourceBundle('id', 'translation', { [ROOT]: id }, true, false);
  i18next.addResourceBundle('en', 'translation', { [ROOT]: en }, true, false);
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * `t` for the shared keys and `pt` for the panel's. The shared dictionary's type is fixed in
 * @reserva/ui, so panel keys are typed here instead, from the panel's own Indonesian dictionary.
 */
export function usePanelT() {
  const { t } = useTranslation();
  const loose = t as unknown as Translate;
  const pt = useCallback(
    (key: PanelKey, options?: Record<string, unknown>) => loose(`${ROOT}.${key}`, options),
    [loose],
  );
  return { t, pt };
}
