import { ComingSoon } from "../components/ComingSoon.tsx";
import { useLanguage } from "../language.tsx";

/** /opinions/track: following an opinion by its tracking code, delivered by the Opinions capability. */
export function OpinionTrack() {
  const { t } = useLanguage();
  return <ComingSoon title={t.trackOpinion} body={t.trackBody} testId="opinion-track" />;
}
