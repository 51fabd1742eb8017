import { ComingSoon } from "../components/ComingSoon.tsx";
import { useLanguage } from "../language.tsx";

/** /opinions/new: the public opinion form, delivered by the Opinions capability. */
export function OpinionNew() {
  const { t } = useLanguage();
  return <ComingSoon title={t.submitOpinion} body={t.opinionFormBody} testId="opinion-new" />;
}
