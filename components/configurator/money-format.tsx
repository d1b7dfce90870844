'use client';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { formatMoney } from '@/lib/money';

// How the configurator writes prices: the shop's locale, or the one an embedding store asks
// for (setLocale), so "€1.234,50" reads as the host page around it does.

export const DEFAULT_LOCALE = 'en-GB';

type LocaleValue = { locale: string; setLocale: (locale: string) => void };
const LocaleContext = createContext<LocaleValue>({ locale: DEFAULT_LOCALE, setLocale: () => {} });

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState(DEFAULT_LOCALE);
  const value = useMemo(() => ({ locale, setLocale }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** Changes the locale prices are written in. */
export function useSetLocale(): (locale: string) => void {
  return useContext(LocaleContext).setLocale;
}

/** Writes an amount in minor units of `currency` in the configurator's locale. */
export function useMoney(currency: string): (minor: number) => string {
  const { locale } = useContext(LocaleContext);
  return useCallback((minor: number) => formatMoney(minor, currency, locale), [currency, locale]);
}
