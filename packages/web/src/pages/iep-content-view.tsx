import type { Translator } from '../i18n/i18n.ts';
import { DetailsSection } from '../components/details.tsx';
import { Table } from '../components/table.tsx';
import type { IepVersionFullView } from './iep-types.ts';

/** A code's label from the messages when there is one (`iep.esy.<id>`), else the code itself. */
export function labelOf(i18n: Translator, prefix: string, id: string | null): string {
  if (!id) return i18n.t('iep.notAnswered');
  const key = `${prefix}.${id}`;
  return i18n.has(key) ? i18n.t(key) : id;
}

const text = (i18n: Translator, value: string) => (value.trim() ? value : i18n.t('iep.none'));

/**
 * An IEP version, read-only, one section per content area (programs.md, IEP content). `idPrefix`
 * keeps headings' ids unique when two versions are on one page (a conflict shows the newer draft).
 */
export function IepContentSections({
  i18n,
  version,
  idPrefix = 'iep',
}: {
  i18n: Translator;
  version: IepVersionFullView;
  idPrefix?: string;
}) {
  const { t } = i18n;
  const c = version.content;
  const date = (d: string | null) => (d ? i18n.formatDate(d) : t('iep.notAnswered'));
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <DetailsSection
        id={id('dates')}
        heading={t('iep.section.meeting')}
        rows={[
          [t('iep.field.meetingDate'), date(version.meetingDate)],
          [t('iep.field.projectedImplementationDate'), date(version.projectedImplementationDate)],
          [t('iep.field.annualReviewDate'), date(version.annualReviewDate)],
          [t('iep.field.reevaluationDate'), date(version.reevaluationDate)],
          [t('iep.field.classification'), labelOf(i18n, 'classification', c.classification)],
        ]}
      />
      <DetailsSection
        id={id('present-levels')}
        heading={t('iep.section.presentLevels')}
        rows={(['academic', 'social', 'physical', 'management'] as const).map(
          (k) => [t(`iep.field.presentLevels.${k}`), text(i18n, c.presentLevels[k])] as const,
        )}
      />
      <DetailsSection
        id={id('effect')}
        heading={t('iep.section.effect')}
        rows={[[t('iep.field.effectOnProgress'), text(i18n, c.effectOnProgress)]]}
      />
      <section className="continuum-section" aria-labelledby={id('goals')}>
        <h2 id={id('goals')}>{t('iep.section.goals')}</h2>
        <Table
          caption={t('iep.section.goals')}
          headers={[
            t('iep.field.goal.goal'),
            t('iep.field.goal.area'),
            t('iep.field.goal.criteria'),
            t('iep.field.goal.method'),
            t('iep.field.goal.schedule'),
          ]}
          rows={c.goals.map((g, i) => ({
            key: String(i),
            cells: [g.goal, g.area, g.criteria, g.method, g.schedule],
          }))}
        />
      </section>
      <section className="continuum-section" aria-labelledby={id('services')}>
        <h2 id={id('services')}>{t('iep.section.services')}</h2>
        <Table
          caption={t('iep.section.services')}
          headers={[
            t('iep.field.service.program'),
            t('iep.field.service.service'),
            t('iep.field.service.frequency'),
            t('iep.field.service.durationMinutes'),
            t('iep.field.service.location'),
            t('iep.field.service.groupSize'),
            t('iep.field.service.startDate'),
            t('iep.field.service.endDate'),
            t('iep.field.service.twelveMonth'),
          ]}
          rows={c.services.map((s, i) => ({
            key: String(i),
            cells: [
              labelOf(i18n, 'meeting.program', s.program),
              s.service || t('iep.none'),
              `${s.frequency} / ${t(`iep.period.${s.period}`)}`,
              String(s.durationMinutes),
              s.location,
              String(s.groupSize),
              i18n.formatDate(s.startDate),
              i18n.formatDate(s.endDate),
              t(s.twelveMonth ? 'common.yes' : 'common.no'),
            ],
          }))}
        />
      </section>
      <DetailsSection
        id={id('participation')}
        heading={t('iep.section.participation')}
        rows={[
          [
            t('iep.field.generalEducationPercent'),
            c.generalEducationPercent === null
              ? t('iep.notAnswered')
              : `${c.generalEducationPercent}%${version.settingBand ? ` (${labelOf(i18n, 'iep.band', version.settingBand)})` : ''}`,
          ],
          [t('iep.field.leastRestrictiveEnvironment'), text(i18n, c.leastRestrictiveEnvironment)],
        ]}
      />
      <DetailsSection
        id={id('equipment')}
        heading={t('iep.section.equipment')}
        rows={[
          [
            t('iep.field.equipment.description'),
            c.equipment.needed === null
              ? t('iep.notAnswered')
              : c.equipment.needed
                ? text(i18n, c.equipment.description)
                : t('iep.noneNeeded'),
          ],
        ]}
      />
      <DetailsSection
        id={id('testing')}
        heading={t('iep.section.testing')}
        rows={
          c.testingAccommodations.none
            ? [[t('iep.field.accommodation.accommodation'), t('iep.noneNeeded')]]
            : c.testingAccommodations.items.map(
                (a) => [a.accommodation, text(i18n, a.conditions)] as const,
              )
        }
      />
      <DetailsSection
        id={id('twelve-month')}
        heading={t('iep.section.twelveMonth')}
        rows={
          c.twelveMonthServices.recommended
            ? [
                [
                  t('iep.field.twelveMonth.category'),
                  labelOf(i18n, 'iep.esy', c.twelveMonthServices.category),
                ],
                [
                  t('iep.field.twelveMonth.description'),
                  text(i18n, c.twelveMonthServices.description),
                ],
              ]
            : [[t('iep.field.twelveMonth.description'), t('iep.notRecommended')]]
        }
      />
      <DetailsSection
        id={id('promotion')}
        heading={t('iep.section.promotion')}
        rows={
          c.promotionCriteria.alternateAssessment
            ? [[t('iep.section.promotion'), t('iep.alternateAssessment')]]
            : [
                [
                  t('iep.field.promotion.ela'),
                  labelOf(i18n, 'iep.promotion', c.promotionCriteria.ela),
                ],
                [
                  t('iep.field.promotion.math'),
                  labelOf(i18n, 'iep.promotion', c.promotionCriteria.math),
                ],
                [
                  t('iep.field.promotion.modifiedCriteria'),
                  text(i18n, c.promotionCriteria.modifiedCriteria),
                ],
              ]
        }
      />
      <DetailsSection
        id={id('transition')}
        heading={t('iep.section.transition')}
        rows={[
          [
            t('iep.field.transition.postSecondaryEducation'),
            text(i18n, c.transition.postSecondaryEducation),
          ],
          [
            t('iep.field.transition.postSecondaryEmployment'),
            text(i18n, c.transition.postSecondaryEmployment),
          ],
          [
            t('iep.field.transition.postSecondaryIndependentLiving'),
            text(i18n, c.transition.postSecondaryIndependentLiving),
          ],
          ...c.transition.activities.map(
            (a, i) =>
              [
                t('iep.field.activityRow', { n: i + 1 }),
                `${labelOf(i18n, 'iep.transitionArea', a.area)}: ${a.activity} (${a.responsible})`,
              ] as const,
          ),
        ]}
      />
    </>
  );
}
