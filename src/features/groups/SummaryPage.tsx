// « Synthèse du groupe »: the summary a gatherer sent back, opened from its link (the code after `#`,
// never sent to a server) or from its file. Read-only and kept nowhere: the same slides and the same
// « qui peut aider qui » as on the gatherer's page, drawn from the summary alone. A broken, altered or
// oversized link or file is named and changes nothing.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import {
  decodeGroupSummary,
  MAX_SUMMARY_BYTES,
  parseGroupSummaryFile,
  type GroupSummary,
  type GroupSummaryError,
  type ReadGroupSummary,
} from '../../domain/exchange/groupSummary';
import { preloadCharts } from '../../components/charts';
import { FileInput } from '../../components/FileInput';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../components/format';
import { SynthesisSlides, WhoCanHelp } from './SynthesisSection';

const asIs = (name: string) => name;

function SummaryView({
  summary,
  receivedAt,
}: {
  readonly summary: GroupSummary;
  readonly receivedAt: number;
}) {
  const { t, i18n } = useTranslation();
  const { synthesis, instruments } = summary;
  return (
    <>
      <PageTitle>{t(($) => $.summary.title, { name: summary.name })}</PageTitle>
      <p className="read-only-mark">
        <strong>{t(($) => $.summary.readOnly, { date: formatDateTime(receivedAt, i18n.language) })}</strong>
      </p>
      <p className="meta">
        {t(($) => $.summary.sentOn, { date: formatDateTime(summary.sentAt, i18n.language) })}
      </p>
      {synthesis.size >= 2 && instruments.includes('grid') && (
        <WhoCanHelp pairs={summary.help} nameOf={asIs} />
      )}
      <SynthesisSlides synthesis={synthesis} instruments={instruments} />
    </>
  );
}

export function SummaryPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const fileId = useId();
  const [shown, setShown] = useState<{ summary: GroupSummary; receivedAt: number } | null>(null);
  const [error, setError] = useState<GroupSummaryError | null>(null);
  useEffect(() => void preloadCharts(), []);

  const apply = (read: ReadGroupSummary) => {
    if (read.ok) {
      setShown({ summary: read.summary, receivedAt: Date.now() });
      setError(null);
    } else setError(read.error);
  };

  useEffect(() => {
    // Other fragments (the skip link's `#main`) are no summary.
    if (location.hash.startsWith('#s=')) void decodeGroupSummary(location.hash).then(apply);
  }, [location.hash]);

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The size is checked before the file is read.
    apply(
      file.size > MAX_SUMMARY_BYTES
        ? { ok: false, error: 'too-long' }
        : parseGroupSummaryFile(await file.text()),
    );
  };

  const alert = error && (
    <p role="alert" className="alert">
      {t(($) => $.summary.error[error])}
    </p>
  );
  if (shown)
    return (
      <>
        {alert}
        <SummaryView summary={shown.summary} receivedAt={shown.receivedAt} />
      </>
    );
  return (
    <>
      <PageTitle>{t(($) => $.summary.pageTitle)}</PageTitle>
      <p className="intro">{t(($) => $.summary.intro)}</p>
      {alert}
      <div className="field">
        <label htmlFor={fileId}>{t(($) => $.summary.file)}</label>
        <FileInput id={fileId} accept=".json,application/json" onChoose={(input) => void readFile(input)} />
      </div>
    </>
  );
}
