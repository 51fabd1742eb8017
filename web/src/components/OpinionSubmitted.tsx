import { useRef, useState } from "react";
import { Link } from "react-router-dom";
import { useLanguage } from "../language.tsx";
import { groupCode, trackPath } from "../opinions.ts";

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

/** After a submission: the tracking code, large and grouped for reading, and the page to bookmark. */
export function OpinionSubmitted({ code, onAnother }: { code: string; onAnother: () => void }) {
  const { t } = useLanguage();
  const m = t.opinions;
  const [copied, setCopied] = useState(false);
  const codeRef = useRef<HTMLElement>(null);
  const path = trackPath(code);
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
        <Link to={path} className="text-link op-url" data-testid="tracking-link">
          {`${window.location.origin}${path}`}
        </Link>
      </p>
      <div className="op-row">
        <Link to={path} className="op-button op-primary">
          {m.openTracking}
        </Link>
        <button type="button" className="op-button" onClick={onAnother}>
          {m.submitAnother}
        </button>
      </div>
    </section>
  );
}
