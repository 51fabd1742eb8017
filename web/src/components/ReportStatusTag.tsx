import { Tag } from "antd";
import { useLanguage } from "../language.tsx";
import type { ReportStatus } from "../stats.ts";

/** A quarterly report's status: 已上报 (submitted) or 待上报 (not yet). */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useLanguage();
  return (
    <Tag color={status === "submitted" ? "green" : "orange"} data-testid="report-status">
      {t.reports.statusLabel[status]}
    </Tag>
  );
}
