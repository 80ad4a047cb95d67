// « Renvoyer la synthèse au groupe »: the group's summary (its readings, never anyone's answers or notes)
// as a link, a QR code when the link is short enough for a phone to read it, and a .json file. Who could
// help whom travels as P1…Pn unless the gatherer chooses to name the people.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentId } from '../../domain/content/postures';
import type { PeerGroup } from '../../domain/group';
import type { GroupMember, GroupSynthesis } from '../../domain/scoring/group';
import {
  buildGroupSummary,
  encodeGroupSummary,
  groupSummaryFile,
  groupSummaryFileName,
  MAX_SUMMARY_CODE_CHARS,
  type GroupSummary,
} from '../../domain/exchange/groupSummary';
import { CopyButton } from '../../components/CopyButton';
import { Dialog } from '../../components/Dialog';
import { downloadText } from '../../components/download';
import { links } from '../../components/paths';
import { QrCode } from '../../components/QrCode';

/**
 * The longest link drawn as a QR code: about what a version-40 code holds at error correction M (2,331
 * bytes), its densest. Beyond it the link and the file remain.
 */
export const QR_MAX_LINK_CHARS = 2300;

export function SendSummary({
  group,
  members,
  synthesis,
  instruments,
}: {
  readonly group: PeerGroup;
  readonly members: readonly GroupMember[];
  readonly synthesis: GroupSynthesis;
  readonly instruments: readonly InstrumentId[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [named, setNamed] = useState(false);
  const [sent, setSent] = useState<{ summary: GroupSummary; link: string | null } | null>(null);
  const namedId = useId();
  const linkId = useId();

  useEffect(() => {
    if (!open) return;
    let current = true;
    const summary = buildGroupSummary({
      name: group.name,
      members,
      synthesis,
      instruments,
      named,
      sentAt: Date.now(),
    });
    void encodeGroupSummary(summary).then(
      (code) => {
        if (current)
          setSent({
            summary,
            link: code.length <= MAX_SUMMARY_CODE_CHARS ? links.summary(window.location.origin, code) : null,
          });
      },
      () => current && setSent({ summary, link: null }),
    );
    return () => {
      current = false;
    };
  }, [open, named, group.name, members, synthesis, instruments]);

  const link = sent?.link ?? null;
  // The file and closing come before the QR code, which a small screen must scroll to.
  const actions = sent && (
    <p className="actions">
      <button
        type="button"
        className="button secondary"
        onClick={() =>
          downloadText(groupSummaryFile(sent.summary), groupSummaryFileName(sent.summary), 'application/json')
        }
      >
        {t(($) => $.summary.download)}
      </button>
      <button type="button" className="button" onClick={() => setOpen(false)}>
        {t(($) => $.room.close)}
      </button>
    </p>
  );
  return (
    <div className="no-print">
      <button type="button" className="button secondary" onClick={() => setOpen(true)}>
        {t(($) => $.summary.send)}
      </button>
      <Dialog
        open={open}
        title={t(($) => $.summary.sendTitle, { name: group.name })}
        onClose={() => setOpen(false)}
      >
        <p>{t(($) => $.summary.sendIntro)}</p>
        <div className="check">
          <input type="checkbox" id={namedId} checked={named} onChange={(e) => setNamed(e.target.checked)} />
          <label htmlFor={namedId}>{t(($) => $.summary.named)}</label>
        </div>
        {sent && (
          <>
            {link ? (
              <>
                <div className="field">
                  <label htmlFor={linkId}>{t(($) => $.summary.link)}</label>
                  <input id={linkId} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
                </div>
                <CopyButton text={link} label={t(($) => $.summary.copy)} />
                {actions}
                {link.length <= QR_MAX_LINK_CHARS ? (
                  <figure className="qr-figure big-qr">
                    <QrCode
                      value={link}
                      label={t(($) => $.summary.qrLabel, { name: group.name })}
                      size={640}
                    />
                    <figcaption>{t(($) => $.summary.qrCaption)}</figcaption>
                  </figure>
                ) : (
                  <p className="notice">{t(($) => $.summary.tooLongForQr, { count: link.length })}</p>
                )}
              </>
            ) : (
              <>
                <p className="notice">{t(($) => $.summary.tooLongForLink)}</p>
                {actions}
              </>
            )}
          </>
        )}
      </Dialog>
    </div>
  );
}
