import { DownloadOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Empty, Flex, Form, Input, Modal, Radio, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { Link, useLocation, useSearchParams } from "react-router-dom";
import { api, download, query } from "../api.ts";
import { CHANNEL_LABELS, CHANNELS, type Channel, type Contact, type Page, TIER_LABELS, type Tier } from "../chains.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { clearFieldErrors, firstSegmentIn, placeFieldErrors } from "../forms.ts";
import { useLanguage } from "../language.tsx";
import { canEdit } from "../myChain.ts";
import { PATHS } from "../navigation.ts";
import { currentQuarter, formatTime, fromLocalInput, quarterDates, toLocalInput } from "../time.ts";
import { useLoad } from "../useLoad.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_SIZE = 50;

/** /my/ledger (committee, delegate, member): my contacts in a period, editing within 7 days, Excel export. */
export function Ledger() {
  const { t } = useLanguage();
  const location = useLocation();
  const created = (location.state as { created?: unknown } | null)?.created;
  const [params, setParams] = useSearchParams();
  const quarter = quarterDates(currentQuarter());
  const from = DATE.test(params.get("from") ?? "") ? (params.get("from") as string) : quarter.from;
  const to = DATE.test(params.get("to") ?? "") ? (params.get("to") as string) : quarter.to;
  const [draft, setDraft] = useState({ from, to });
  useEffect(() => setDraft({ from, to }), [from, to]);

  const first = useLoad(`${from}|${to}`, (signal) =>
    api<Page<Contact>>(`/contacts${query({ from, to, limit: PAGE_SIZE })}`, { signal }),
  );
  // Later pages, appended below the first; cleared when the period or the first page changes.
  const [more, setMore] = useState<{ items: Contact[]; cursor?: string; key?: unknown }>({ items: [] });
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const firstPage = first.data;
  const extra = more.key === firstPage ? more : { items: [], cursor: firstPage?.cursor };
  const contacts = [...(firstPage?.items ?? []), ...extra.items];
  const [editing, setEditing] = useState<Contact>();
  const [exportError, setExportError] = useState<unknown>();
  const [exporting, setExporting] = useState(false);

  const loadMore = async () => {
    if (!extra.cursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api<Page<Contact>>(`/contacts${query({ from, to, limit: PAGE_SIZE, cursor: extra.cursor })}`);
      setMore({ items: [...extra.items, ...page.items], cursor: page.cursor, key: firstPage });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  const exportLedger = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      await download(`/contacts/export.xlsx${query({ from, to })}`, `ledger-${from}-${to}.xlsx`);
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(false);
    }
  };

  const badPeriod = draft.from > draft.to;
  return (
    <section data-testid="ledger-page">
      <PageHeading title={t.ledger.title} intro={t.ledger.intro}>
        <Flex gap={8} wrap align="center" className="period">
          <label className="inline-field" htmlFor="ledger-from">
            <span>{t.ledger.from}</span>
            <Input
              id="ledger-from"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
              data-testid="ledger-from"
            />
          </label>
          <label className="inline-field" htmlFor="ledger-to">
            <span>{t.ledger.to}</span>
            <Input
              id="ledger-to"
              type="date"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
              data-testid="ledger-to"
            />
          </label>
          <Button
            onClick={() => setParams({ from: draft.from, to: draft.to }, { replace: true })}
            disabled={!DATE.test(draft.from) || !DATE.test(draft.to) || badPeriod}
          >
            {t.ledger.apply}
          </Button>
          <Button onClick={() => setParams({}, { replace: true })}>{t.ledger.thisQuarter}</Button>
        </Flex>
        <Button icon={<DownloadOutlined />} onClick={exportLedger} loading={exporting} data-testid="ledger-export">
          {t.ledger.export}
        </Button>
        <Link to={PATHS.logContact}>
          <Button type="primary" icon={<PlusOutlined />}>
            {t.nav.logContact}
          </Button>
        </Link>
      </PageHeading>
      {badPeriod && <Alert type="warning" showIcon className="gap" title={t.ledger.badPeriod} />}
      {typeof created === "string" && <Alert type="success" showIcon className="gap" title={t.ledger.created} />}
      {exportError !== undefined && <ErrorAlert error={exportError} />}
      {first.error !== undefined && <ErrorAlert error={first.error} retry={first.reload} />}
      <Typography.Paragraph type="secondary">{t.ledger.period(from, to)}</Typography.Paragraph>
      {first.loading && !firstPage && <Card loading />}
      {firstPage && contacts.length === 0 && (
        <Card>
          <Empty description={t.ledger.empty} />
        </Card>
      )}
      <div className="ledger" data-testid="ledger-list">
        {contacts.map((contact) => (
          <ContactCard
            key={contact.id}
            contact={contact}
            highlight={contact.id === created}
            onEdit={() => setEditing(contact)}
          />
        ))}
      </div>
      {moreError !== undefined && <ErrorAlert error={moreError} retry={loadMore} />}
      {extra.cursor && (
        <Button block onClick={loadMore} loading={loadingMore} className="top-gap">
          {t.ledger.more}
        </Button>
      )}
      {editing && (
        <EditContact
          contact={editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            first.reload();
          }}
        />
      )}
    </section>
  );
}

function ContactCard({ contact, highlight, onEdit }: { contact: Contact; highlight: boolean; onEdit: () => void }) {
  const { t, l } = useLanguage();
  const tiers = [...new Set(contact.targets.map((target) => target.tier))];
  return (
    <Card
      size="small"
      className={highlight ? "contact-card contact-new" : "contact-card"}
      data-testid={`contact-${contact.id}`}
      title={
        <Flex gap={8} wrap align="center">
          <span>{formatTime(contact.occurredAt)}</span>
          <Tag color="red">{l(CHANNEL_LABELS[contact.channel])}</Tag>
          {contact.version > 1 && <Tag>{t.ledger.edited}</Tag>}
        </Flex>
      }
      extra={
        canEdit(contact) && (
          <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
            {t.edit}
          </Button>
        )
      }
    >
      <Typography.Title level={4} className="contact-topic">
        {contact.topic}
      </Typography.Title>
      <dl className="contact-facts">
        <dt>{t.ledger.targets}</dt>
        <dd>
          {contact.targets.map((target) => target.name).join("、")}
          <span className="muted">
            {" "}
            · {tiers.map((tier) => (tier in TIER_LABELS ? l(TIER_LABELS[tier as Tier]) : tier)).join("、")}
          </span>
        </dd>
        {contact.place && (
          <>
            <dt>{t.logContact.place}</dt>
            <dd>{contact.place}</dd>
          </>
        )}
        <dt>{t.logContact.summary}</dt>
        <dd className="pre-wrap">{contact.summary}</dd>
        {contact.opinions.length > 0 && (
          <>
            <dt>{t.logContact.opinions}</dt>
            <dd>
              <ol className="opinion-list">
                {contact.opinions.map((opinion) => (
                  <li key={opinion.index}>
                    <strong>{opinion.title}</strong>
                    <div className="pre-wrap">{opinion.content}</div>
                  </li>
                ))}
              </ol>
            </dd>
          </>
        )}
      </dl>
    </Card>
  );
}

interface EditFields {
  channel: Channel;
  occurredAt: string;
  place?: string;
  topic: string;
  summary: string;
}

const EDIT_FIELDS = ["channel", "occurredAt", "place", "topic", "summary"] as const;

/** Editing one's own contact within 7 days: only the changed fields are sent. */
function EditContact({ contact, onClose, onSaved }: { contact: Contact; onClose: () => void; onSaved: () => void }) {
  const { t, l } = useLanguage();
  const [form] = Form.useForm<EditFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const initial: EditFields = {
    channel: contact.channel,
    occurredAt: toLocalInput(contact.occurredAt),
    place: contact.place,
    topic: contact.topic,
    summary: contact.summary,
  };

  const save = async (values: EditFields) => {
    const patch: Record<string, string> = {};
    if (values.channel !== initial.channel) patch.channel = values.channel;
    if (values.occurredAt !== initial.occurredAt) patch.occurredAt = fromLocalInput(values.occurredAt);
    const place = values.place?.trim();
    if (place && place !== initial.place) patch.place = place;
    if (values.topic.trim() !== initial.topic) patch.topic = values.topic.trim();
    if (values.summary.trim() !== initial.summary) patch.summary = values.summary.trim();
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    setError(undefined);
    clearFieldErrors(form);
    try {
      await api<Contact>(`/contacts/${encodeURIComponent(contact.id)}`, { method: "PATCH", body: patch });
      onSaved();
    } catch (err) {
      setError(err);
      setUnplaced(placeFieldErrors(form, err, l, firstSegmentIn(EDIT_FIELDS)));
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t.ledger.editTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={busy}
      destroyOnHidden
    >
      {error !== undefined && <ErrorAlert error={error} fields={unplaced} testId="edit-error" />}
      <Typography.Paragraph type="secondary">{t.ledger.editHint}</Typography.Paragraph>
      <Form<EditFields> form={form} layout="vertical" initialValues={initial} onFinish={save} disabled={busy}>
        <Form.Item label={t.logContact.channel} name="channel">
          <Radio.Group
            optionType="button"
            className="wrap-radio"
            options={CHANNELS.map((c) => ({ value: c, label: l(CHANNEL_LABELS[c]) }))}
          />
        </Form.Item>
        <Form.Item label={t.logContact.occurredAt} name="occurredAt" extra={t.logContact.beijingTime}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item label={t.logContact.place} name="place">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t.logContact.topic}
          name="topic"
          rules={[{ required: true, whitespace: true, message: t.requiredField }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t.logContact.summary}
          name="summary"
          rules={[{ required: true, whitespace: true, message: t.requiredField }]}
        >
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
