import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from "react";
import { type Lang, localize, MESSAGES, type Messages, readStoredLang, storeLang } from "./i18n.ts";
import type { Localized } from "./model.ts";

interface LanguageState {
  lang: Lang;
  t: Messages;
  /** The current language's half of a bilingual text (API error messages arrive in both). */
  l: (text: Localized) => string;
  toggle: () => void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

const THEME = { token: { colorPrimary: "#c8102e", borderRadius: 6 } };
/** Keep two-character Chinese labels as written ("登录", not "登 录"). */
const BUTTON = { autoInsertSpace: false };

/** Holds the interface language (Chinese by default, remembered in localStorage) and antd's locale. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(readStoredLang);
  const toggle = useCallback(() => setLang((current) => (current === "en" ? "zh-CN" : "en")), []);
  const t = MESSAGES[lang];

  // A layout effect runs before the pages' effects, so a page's own title (usePageTitle) wins.
  useLayoutEffect(() => {
    storeLang(lang);
    document.documentElement.lang = lang;
    document.title = t.appName;
  }, [lang, t]);

  const value = useMemo<LanguageState>(
    () => ({ lang, t, l: (text) => localize(text, lang), toggle }),
    [lang, t, toggle],
  );
  return (
    <LanguageContext.Provider value={value}>
      <ConfigProvider locale={lang === "en" ? enUS : zhCN} theme={THEME} button={BUTTON}>
        {children}
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error("useLanguage must be used inside <LanguageProvider>");
  return state;
}

/** The browser tab's title while a page is shown (what a bookmark is named); the app's name after. */
export function usePageTitle(title: string): void {
  const { t } = useLanguage();
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = t.appName;
    };
  }, [title, t.appName]);
}
