import { useRef, useState } from "react";
import { Link } from "react-router-dom";
import { useLanguage } from "../language.tsx";
import { groupCode, NEW_OPINION_PATH, trackPath } from "../opinions.ts";

/** Copies text; without the Clipboard API (plain http) it selects the code for the person to copy. */
async function copyText(text: string, fallback: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback) {
      const range = document.createRange();
      range.selectNodeContents(fallback);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return false;
  }
}

/**
 * Shown once on the tracking page right after a submission: the tracking code, large and grouped
 * for reading, and the page's own address, which is the one to bookmark.
 */
export function OpinionSubmitted({ code }: { code: string }) {
  const { t } = useLanguage();
  const m = t.opinions;
  const [copied, setCopied] = useState(false);
  const codeRef = useRef<HTMLElement>(null);
  return (
    <section className="op-card op-done" data-testid="opinion-submitted">
      <h1>{m.submittedTitle}</h1>
      <p className="muted">{m.submittedBody}</p>
      <div className="op-code-box">
        <span className="op-code-label">{m.trackingCode}</span>
        <strong className="op-code" ref={codeRef} data-testid="tracking-code" data-code={code}>
          {groupCode(code)}
        </strong>
        <button
          type="button"
          className="op-button"
          onClick={() => void copyText(code, codeRef.current).then(setCopied)}
          data-testid="copy-code"
        >
          {copied ? m.copied : m.copy}
        </button>
      </div>
      <p className="op-bookmark">
        {m.bookmarkHint}
        <br />
        <span className="op-url" data-testid="tracking-url">{`${window.location.origin}${trackPath(code)}`}</span>
      </p>
      <div className="op-row">
        <Link to={NEW_OPINION_PATH} className="op-button">
          {m.submitAnother}
        </Link>
      </div>
    </section>
  );
}
