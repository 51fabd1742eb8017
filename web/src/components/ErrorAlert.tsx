import { Alert, Button } from "antd";
import { ApiError, errorText } from "../api.ts";
import { useLanguage } from "../language.tsx";

/**
 * An API failure in the current language: the message, the per-field reasons that no form field
 * shows (`fields`, defaulting to all of them) and, when given, a retry button.
 */
export function ErrorAlert({
  error,
  retry,
  fields,
  testId,
}: {
  error: unknown;
  retry?: () => void;
  fields?: string[];
  testId?: string;
}) {
  const { t, l } = useLanguage();
  const reasons = fields ?? (error instanceof ApiError ? Object.values(error.fields).map(l) : []);
  return (
    <Alert
      type="error"
      showIcon
      className="gap"
      data-testid={testId}
      title={l(errorText(error))}
      description={
        reasons.length > 0 ? (
          <ul className="reasons">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        retry && (
          <Button size="small" onClick={retry}>
            {t.retry}
          </Button>
        )
      }
    />
  );
}
