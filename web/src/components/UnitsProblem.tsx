import { ErrorAlert } from "./ErrorAlert.tsx";

/** Says why the unit tree could not be loaded and offers to try again. */
export function UnitsProblem({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorAlert error={error} retry={retry} />;
}
