import { programs } from '@continuum/rules';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IepVersionView } from './schemas.ts';

/** What the IEP document names besides its content. */
export interface IepDocumentFacts {
  studentName: string;
  dateOfBirth: string;
  committee: 'cse' | 'cpse';
  version: IepVersionView;
  finalizedOn: string;
}

const dash = (value: string | null | undefined) => (value && value.trim() ? value : '-');
const label = <T extends { id: string; label: string }>(list: readonly T[], id: string | null) =>
  list.find((x) => x.id === id)?.label ?? dash(id);

/**
 * The IEP as a pdfmake document (rendered once on finalizing and kept immutable): every
 * content area of programs.md in the order of the district plan's list, with the dates and
 * the version. English only for now (docs/iep.md says so).
 */
export function iepDocument(facts: IepDocumentFacts): TDocumentDefinitions {
  const { version: v } = facts;
  const c = v.content;
  const heading = (text: string): Content => ({ text, style: 'h2', margin: [0, 12, 0, 4] });
  const para = (text: string | null | undefined): Content => ({ text: dash(text) });
  const table = (head: string[], body: string[][]): Content =>
    body.length === 0
      ? { text: 'None.' }
      : {
          table: {
            headerRows: 1,
            widths: head.map(() => '*'),
            body: [head.map((h) => ({ text: h, bold: true })), ...body],
          },
          fontSize: 9,
        };
  const band = v.settingBand
    ? programs.SETTING_BANDS.find((b) => b.id === v.settingBand)?.label
    : null;
  const content: Content[] = [
    { text: 'Individualized Education Program (IEP)', style: 'h1' },
    {
      text: `${facts.studentName}, born ${facts.dateOfBirth}. ${facts.committee === 'cpse' ? 'Committee on Preschool Special Education' : 'Committee on Special Education'}. Version ${v.number}, final on ${facts.finalizedOn}.`,
    },
    {
      text: `Meeting: ${dash(v.meetingDate)}. Projected implementation: ${dash(v.projectedImplementationDate)}. Annual review: ${dash(v.annualReviewDate)}. Reevaluation: ${dash(v.reevaluationDate)}.`,
      margin: [0, 4, 0, 0],
    },
    heading('Classification of the disability'),
    para(label(programs.DISABILITY_CLASSIFICATIONS, c.classification)),
    heading('Present levels of performance and individual needs'),
    { text: `Academic: ${dash(c.presentLevels.academic)}` },
    { text: `Social: ${dash(c.presentLevels.social)}` },
    { text: `Physical: ${dash(c.presentLevels.physical)}` },
    { text: `Management: ${dash(c.presentLevels.management)}` },
    heading("How the disability affects the student's progress in general education"),
    para(c.effectOnProgress),
    heading('Measurable annual goals'),
    table(
      ['Area', 'Goal', 'Evaluation criteria', 'Method', 'Progress reporting'],
      c.goals.map((g) => [g.area, g.goal, g.criteria, g.method, g.schedule]),
    ),
    heading('Special education programs and related services'),
    table(
      [
        'Program',
        'Service',
        'Frequency',
        'Duration',
        'Location',
        'Group',
        'Start',
        'End',
        '12-month',
      ],
      c.services.map((s) => [
        programs.PROGRAMS[s.program].label,
        dash(s.service),
        `${s.frequency} per ${s.period}`,
        `${s.durationMinutes} min`,
        s.location,
        String(s.groupSize),
        s.startDate,
        s.endDate,
        s.twelveMonth ? 'Yes' : 'No',
      ]),
    ),
    heading('Extent of participation in general education'),
    para(
      c.generalEducationPercent === null
        ? null
        : `${c.generalEducationPercent}% of the school day${band ? ` (${band})` : ''}`,
    ),
    heading('Least restrictive environment'),
    para(c.leastRestrictiveEnvironment),
    heading('Specialized equipment and adaptive devices'),
    para(
      c.equipment.needed
        ? c.equipment.description
        : c.equipment.needed === false
          ? 'None needed.'
          : null,
    ),
    heading('Testing accommodations'),
    c.testingAccommodations.none
      ? para('None needed.')
      : table(
          ['Accommodation', 'Tests and conditions'],
          c.testingAccommodations.items.map((a) => [a.accommodation, dash(a.conditions)]),
        ),
    heading('12-month (extended school year) services'),
    para(
      c.twelveMonthServices.recommended
        ? `Recommended: ${label(programs.ESY_ELIGIBILITY_CATEGORIES, c.twelveMonthServices.category)}. ${c.twelveMonthServices.description}`
        : 'Not recommended.',
    ),
    heading('Promotion criteria'),
    para(
      c.promotionCriteria.alternateAssessment
        ? 'The student participates in alternate assessments and is not held to promotion criteria.'
        : c.promotionCriteria.ela || c.promotionCriteria.math
          ? `ELA: ${dash(c.promotionCriteria.ela)}. Math: ${dash(c.promotionCriteria.math)}. ${c.promotionCriteria.modifiedCriteria}`
          : 'Not applicable.',
    ),
    heading('Post-secondary goals'),
    { text: `Education or training: ${dash(c.transition.postSecondaryEducation)}` },
    { text: `Employment: ${dash(c.transition.postSecondaryEmployment)}` },
    { text: `Independent living: ${dash(c.transition.postSecondaryIndependentLiving)}` },
    heading('Coordinated set of transition activities'),
    table(
      ['Area', 'Activity', 'Responsible'],
      c.transition.activities.map((a) => [a.area, a.activity, a.responsible]),
    ),
  ];
  return {
    info: { title: `IEP version ${v.number}` },
    content,
    styles: { h1: { fontSize: 16, bold: true }, h2: { fontSize: 12, bold: true } },
    defaultStyle: { fontSize: 10 },
  };
}
