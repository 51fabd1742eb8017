import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
  Upload,
} from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ApiError, api, download, query } from "../api.ts";
import { type ImportResult, ROSTER_COLUMNS } from "../chains.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import type { Lang } from "../i18n.ts";
import { useLanguage } from "../language.tsx";
import type { Localized } from "../model.ts";
import { PATHS } from "../navigation.ts";

type Format = "csv" | "xlsx";

const CONTENT_TYPE = "application/octet-stream";

/** The import format from the file name; undefined for anything else. */
export function formatOf(fileName: string): Format | undefined {
  const ext = fileName.toLowerCase().split(".").pop();
  return ext === "csv" || ext === "xlsx" ? ext : undefined;
}

interface RowProblem {
  key: string;
  row: number;
  column: string;
  reason: string;
}

/**
 * The template column a field path ("roles.0") belongs to, named as in the file (whose headers
 * are Chinese), with the column's key in English.
 */
function columnOf(path: string, lang: Lang): string {
  const key = path.split(".")[0];
  const column = ROSTER_COLUMNS.find((c) => c.key === key);
  if (!column) return path;
  return lang === "en" ? `${column.header} (${column.key})` : column.header;
}

/** A help text "中文 / English" split in two; one written in one language only stays whole. */
function helpText(help: string): Localized {
  const at = help.indexOf(" / ");
  if (at < 0 || /\p{Script=Han}/u.test(help.slice(at + 3))) return { zh: help, en: help };
  return { zh: help.slice(0, at), en: help.slice(at + 3) };
}

/** /roster/import (office): the template, uploading a filled-in file, and what came of it. */
export function RosterImport() {
  const { t, l, lang } = useLanguage();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<unknown>();
  const [downloadError, setDownloadError] = useState<unknown>();

  const choose = (chosen: File) => {
    setFile(chosen);
    setResult(undefined);
    setError(undefined);
  };

  const upload = async () => {
    if (!file) return;
    const format = formatOf(file.name);
    if (!format) return;
    setBusy(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult(
        await api<ImportResult>(`/persons/import${query({ format })}`, {
          file: { bytes: file, contentType: CONTENT_TYPE },
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const getTemplate = async (format: Format) => {
    setDownloadError(undefined);
    try {
      await download(`/persons/import-template${query({ format })}`, `roster-template.${format}`);
    } catch (err) {
      setDownloadError(err);
    }
  };

  const rowErrors = error instanceof ApiError ? error.rows : [];
  const problems: RowProblem[] = rowErrors.flatMap(({ row, fields }) =>
    Object.entries(fields).map(([path, text]) => ({
      key: `${row}:${path}`,
      row,
      column: columnOf(path, lang),
      reason: l(text),
    })),
  );
  const problemColumns: TableColumnsType<RowProblem> = [
    { title: t.rosterImport.row, dataIndex: "row", width: 90 },
    { title: t.rosterImport.column, dataIndex: "column", width: 200 },
    { title: t.rosterImport.reason, dataIndex: "reason" },
  ];
  const wrongType = file !== undefined && !formatOf(file.name);

  return (
    <section data-testid="roster-import-page">
      <PageHeading title={t.rosterImport.title} intro={t.rosterImport.intro} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t.rosterImport.templateTitle}>
            <Typography.Paragraph type="secondary">{t.rosterImport.templateHint}</Typography.Paragraph>
            <Flex gap={8} wrap className="gap">
              <Button icon={<DownloadOutlined />} onClick={() => getTemplate("xlsx")} data-testid="template-xlsx">
                {t.rosterImport.templateXlsx}
              </Button>
              <Button icon={<DownloadOutlined />} onClick={() => getTemplate("csv")} data-testid="template-csv">
                {t.rosterImport.templateCsv}
              </Button>
            </Flex>
            {downloadError !== undefined && <ErrorAlert error={downloadError} />}
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={[...ROSTER_COLUMNS]}
              columns={[
                { title: t.rosterImport.column, dataIndex: "key", render: (key: string) => columnOf(key, lang) },
                {
                  title: t.rosterImport.required,
                  dataIndex: "required",
                  render: (required: boolean) => (required ? <Tag color="red">{t.rosterImport.requiredTag}</Tag> : ""),
                },
                { title: t.rosterImport.example, dataIndex: "example" },
                { title: t.rosterImport.help, dataIndex: "help", render: (help: string) => l(helpText(help)) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t.rosterImport.uploadTitle}>
            <div data-testid="roster-file">
              <Upload.Dragger
                accept=".xlsx,.csv"
                multiple={false}
                maxCount={1}
                beforeUpload={(chosen) => {
                  choose(chosen);
                  return false;
                }}
                fileList={file ? [{ uid: "chosen", name: file.name, status: "done" }] : []}
                onRemove={() => {
                  setFile(undefined);
                  return true;
                }}
                disabled={busy}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t.rosterImport.pick}</p>
                <p className="ant-upload-hint">{t.rosterImport.pickHint}</p>
              </Upload.Dragger>
            </div>
            {wrongType && <Alert type="warning" showIcon className="gap top-gap" title={t.rosterImport.wrongType} />}
            <Button
              type="primary"
              className="top-gap"
              onClick={upload}
              loading={busy}
              disabled={!file || wrongType}
              data-testid="start-import"
            >
              {t.rosterImport.start}
            </Button>
          </Card>

          {result && (
            <Card className="top-gap" data-testid="import-result">
              <Alert type="success" showIcon className="gap" title={t.rosterImport.done(result.rows)} />
              <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }}>
                <Descriptions.Item label={t.rosterImport.created}>{result.created}</Descriptions.Item>
                <Descriptions.Item label={t.rosterImport.updated}>{result.updated}</Descriptions.Item>
                <Descriptions.Item label={t.rosterImport.unchanged}>{result.unchanged}</Descriptions.Item>
                <Descriptions.Item label={t.rosterImport.assignmentsCreated}>
                  {result.assignments.created}
                </Descriptions.Item>
                <Descriptions.Item label={t.rosterImport.assignmentsEnded}>
                  {result.assignments.ended}
                </Descriptions.Item>
                <Descriptions.Item label={t.rosterImport.assignmentsUnchanged}>
                  {result.assignments.unchanged}
                </Descriptions.Item>
              </Descriptions>
              <Typography.Paragraph className="top-gap">
                <Link to={PATHS.roster}>{t.rosterImport.toRoster}</Link>
              </Typography.Paragraph>
            </Card>
          )}

          {error !== undefined && (
            <div className="top-gap" data-testid="import-error">
              <ErrorAlert error={error} fields={problems.length > 0 ? [] : undefined} />
              {problems.length > 0 && (
                <Card title={t.rosterImport.problemsTitle}>
                  <Table<RowProblem>
                    size="small"
                    rowKey="key"
                    columns={problemColumns}
                    dataSource={problems}
                    pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                    data-testid="import-problems"
                  />
                </Card>
              )}
            </div>
          )}
        </Col>
      </Row>
    </section>
  );
}
