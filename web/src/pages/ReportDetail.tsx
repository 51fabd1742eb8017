import { DownloadOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Form, Input, Result, Spin, Typography } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ApiError, api, download, query } from "../api.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { FigureDefinitions } from "../components/FigureDefinitions.tsx";
import { FigureTable } from "../components/FigureTable.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { ReportStatusTag } from "../components/ReportStatusTag.tsx";
import { clearFieldErrors, firstSegmentIn, placeFieldErrors } from "../forms.ts";
import { useLanguage } from "../language.tsx";
import { hasRole, OFFICE, PATHS } from "../navigation.ts";
import type { Session } from "../sessionStorage.ts";
import { formatValue, levelName, type ReportRow, type ReportView } from "../stats.ts";
import { formatTime } from "../time.ts";
import { useLoad } from "../useLoad.ts";

const COMMENT_MAX = 2000;

/** The rows below the unit, one group per level in the order they first appear (the tree's order). */
function groupByLevel(rows: ReportRow[]): { level: string; rows: ReportRow[] }[] {
  const groups = new Map<string, ReportRow[]>();
  for (const row of rows) groups.set(row.level, [...(groups.get(row.level) ?? []), row]);
  return [...groups].map(([level, grouped]) => ({ level, rows: grouped }));
}

/**
 * /reports/:id (province, office): one frozen quarterly report, the unit's own figures and those
 * of the units below it by level, its files, and for the unit's own office the 上报 form.
 */
export function ReportDetail({ session }: { session: Session }) {
  const { t, l, lang } = useLanguage();
  const { id = "" } = useParams();
  const loaded = useLoad(id, (signal) => api<ReportView>(`/reports/${encodeURIComponent(id)}`, { signal }));
  // The answer to 上报 replaces the loaded report.
  const [submitted, setSubmitted] = useState<ReportView>();
  const report = submitted?.id === id ? submitted : loaded.data;
  // A 409 (submitted meanwhile, or superseded): shown above the report, which is read again.
  const [conflict, setConflict] = useState<unknown>();
  const [fileError, setFileError] = useState<unknown>();
  const [downloading, setDownloading] = useState<string>();

  if (!report) {
    return (
      <section data-testid="report-page">
        {loaded.error !== undefined ? (
          <>
            <ErrorAlert error={loaded.error} retry={loaded.reload} />
            <Link to={PATHS.reports}>{t.reports.back}</Link>
          </>
        ) : (
          <Spin className="page-spin" />
        )}
      </section>
    );
  }

  const getFile = async (format: "xlsx" | "csv") => {
    setDownloading(format);
    setFileError(undefined);
    try {
      await download(`/reports/${encodeURIComponent(report.id)}/export.${format}`, `report-${report.id}.${format}`);
    } catch (err) {
      setFileError(err);
    } finally {
      setDownloading(undefined);
    }
  };

  const names = new Map(report.rows.map((r) => [r.unitId, r.name]));
  names.set(report.unitId, report.unitName);
  const maySubmit = hasRole(session, OFFICE) && session.user.unitId === report.unitId;
  const listLink = `${PATHS.reports}${query({ unit: report.unitId, quarter: report.quarter })}`;

  return (
    <section data-testid="report-page">
      <Link to={listLink} className="text-link">
        {t.reports.back}
      </Link>
      <PageHeading title={t.reports.detailTitle(report.unitName, t.quarterLabel(report.quarter))}>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => getFile("xlsx")}
          loading={downloading === "xlsx"}
          data-testid="report-xlsx"
        >
          {t.reports.downloadXlsx}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => getFile("csv")}
          loading={downloading === "csv"}
          data-testid="report-csv"
        >
          {t.reports.downloadCsv}
        </Button>
        <FigureDefinitions />
      </PageHeading>
      {fileError !== undefined && <ErrorAlert error={fileError} />}
      {conflict !== undefined && <ErrorAlert error={conflict} testId="submit-conflict" />}

      <Descriptions
        bordered
        size="small"
        className="gap report-facts"
        column={{ xs: 1, md: 2, xl: 4 }}
        data-testid="report-facts"
        items={[
          { key: "status", label: t.reports.status, children: <ReportStatusTag status={report.status} /> },
          { key: "version", label: t.reports.version, children: t.reports.versionOf(report.version, 1) },
          { key: "generated", label: t.reports.generatedAt, children: formatTime(report.generatedAt) },
          {
            key: "submitted",
            label: t.reports.submittedAt,
            children: report.submittedAt ? formatTime(report.submittedAt) : "—",
          },
          ...(report.comment
            ? [
                {
                  key: "comment",
                  label: t.reports.comment,
                  span: "filled" as const,
                  children: <span className="pre-wrap">{report.comment}</span>,
                },
              ]
            : []),
        ]}
      />

      <Card title={t.reports.own(levelName(report.level, l))} className="gap" data-testid="report-values">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={report.figures.map((figure) => ({
            key: figure.id,
            label: l(figure),
            children: formatValue(figure.kind, report.values[figure.id], lang),
          }))}
        />
      </Card>

      {groupByLevel(report.rows).map((group) => {
        const showParent = group.rows.some((r) => r.parentId !== report.unitId);
        return (
          <Card
            key={group.level}
            title={t.reports.below(levelName(group.level, l))}
            className="gap"
            data-testid={`report-level-${group.level}`}
          >
            <FigureTable
              figures={report.figures}
              nameTitle={t.unit}
              sortable={false}
              leadColumns={showParent ? [{ key: "parent", title: t.reports.parent }] : []}
              rows={group.rows.map((row) => ({
                key: row.unitId,
                name: row.name,
                lead: { parent: row.parentId ? (names.get(row.parentId) ?? row.parentId) : "—" },
                values: row.values,
              }))}
            />
          </Card>
        );
      })}

      {report.status === "draft" &&
        (maySubmit ? (
          <SubmitForm
            reportId={report.id}
            onSubmitted={setSubmitted}
            onConflict={(err) => {
              setConflict(err);
              loaded.reload();
            }}
          />
        ) : (
          <Alert type="info" showIcon title={t.reports.othersSubmit} />
        ))}
      {submitted?.id === report.id && (
        <Result status="success" title={t.reports.submitted} data-testid="report-submitted" />
      )}
    </section>
  );
}

/** 上报: the unit's office sends the report to the province with a comment. */
function SubmitForm({
  reportId,
  onSubmitted,
  onConflict,
}: {
  reportId: string;
  onSubmitted: (report: ReportView) => void;
  onConflict: (error: ApiError) => void;
}) {
  const { t, l } = useLanguage();
  const [form] = Form.useForm<{ comment: string }>();
  const [error, setError] = useState<unknown>();
  const [rest, setRest] = useState<string[]>([]);
  const [sending, setSending] = useState(false);

  const send = async ({ comment }: { comment: string }) => {
    setSending(true);
    setError(undefined);
    clearFieldErrors(form);
    try {
      const report = await api<ReportView>(`/reports/${encodeURIComponent(reportId)}/submit`, {
        body: { comment },
      });
      onSubmitted(report);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        onConflict(err);
        return;
      }
      setRest(placeFieldErrors(form, err, l, firstSegmentIn(["comment"])));
      setError(err);
    } finally {
      setSending(false);
    }
  };

  return (
    <Card title={t.reports.submitTitle} data-testid="submit-report">
      <Typography.Paragraph type="secondary">{t.reports.submitHint}</Typography.Paragraph>
      {error !== undefined && <ErrorAlert error={error} fields={rest} testId="submit-error" />}
      <Form form={form} layout="vertical" onFinish={send} requiredMark={false}>
        <Form.Item
          name="comment"
          label={t.reports.comment}
          rules={[{ required: true, whitespace: true, message: t.requiredField }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={COMMENT_MAX}
            showCount
            placeholder={t.reports.commentPlaceholder}
            data-testid="submit-comment"
          />
        </Form.Item>
        <div className="form-actions">
          <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={sending}>
            {t.reports.submit}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
