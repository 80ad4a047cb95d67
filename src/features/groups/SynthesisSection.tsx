// The two parts of a group's reading that the gatherer's page and the summary sent back to the members
// both show: who could help whom, and the synthesis slide by slide.
import { useTranslation } from 'react-i18next';
import type { InstrumentId } from '../../domain/content/postures';
import type { GroupSynthesis } from '../../domain/scoring/group';
import type { HelpPair } from '../../domain/scoring/groupReading';
import { DataTable } from '../../components/DataTable';
import { formatList } from '../../components/format';
import { cellLabel, useSynthesisSlides } from './Synthesis';
import { SlideView } from './SlideView';

export function WhoCanHelp({
  pairs,
  nameOf,
}: {
  readonly pairs: readonly HelpPair[];
  readonly nameOf: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const list = (ids: readonly string[]) => formatList(ids.map(nameOf), i18n.language);
  return (
    <section aria-labelledby="help-h">
      <h2 id="help-h">{t(($) => $.room.help.title)}</h2>
      <p className="intro">{t(($) => $.room.help.intro)}</p>
      {pairs.length === 0 ? (
        <p>{t(($) => $.room.help.none)}</p>
      ) : (
        <DataTable
          caption={t(($) => $.room.help.caption)}
          rows={pairs}
          rowKey={(p) => `${p.macro}.${p.modality}`}
          columns={[
            {
              header: t(($) => $.compare.cell),
              cell: (p) => cellLabel(t, p.macro, p.modality),
              rowHeader: true,
            },
            { header: t(($) => $.room.help.helpers), cell: (p) => list(p.helpers) },
            { header: t(($) => $.room.help.learners), cell: (p) => list(p.learners) },
          ]}
        />
      )}
    </section>
  );
}

export function SynthesisSlides({
  synthesis,
  instruments,
  children,
}: {
  readonly synthesis: GroupSynthesis;
  readonly instruments: readonly InstrumentId[];
  /** Shown under the section's heading (the gatherer's « Renvoyer la synthèse au groupe »). */
  readonly children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const slides = useSynthesisSlides(synthesis, instruments);
  return (
    <section aria-labelledby="synthesis-h">
      <h2 id="synthesis-h">{t(($) => $.group.synthesisTitle, { count: synthesis.size })}</h2>
      {children}
      {slides.map((slide) => (
        <SlideView key={slide.id} slide={slide} headingLevel={3} />
      ))}
    </section>
  );
}
