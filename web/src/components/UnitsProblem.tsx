import { Alert, Button } from "antd";
import { errorText } from "../api.ts";
import { useLanguage } from "../language.tsx";

/** Says why the unit tree could not be loaded and offers to try again. */
export function UnitsProblem({ error, retry }: { error: unknown; retry: () => void }) {
  const { t, l } = useLanguage();
  return (
    <Alert
      type="error"
      showIcon
      title={l(errorText(error))}
      action={
        <Button size="small" onClick={retry}>
          {t.retry}
        </Button>
      }
    />
  );
}
