/**
 * What a notice of a committee meeting tells the parent. Source: 8 NYCRR 200.5(c)(2) (the
 * regulation is not among the product's seed documents; its content is restated here) and the
 * PSN's NYC addendum, "Language Access Services" ("Upon request, parents have the right to
 * interpretation at special education meetings").
 */

export const MEETING_NOTICE_CITATION =
  '8 NYCRR 200.5(c)(2); PSN NYC addendum, Language Access Services';

export const MEETING_NOTICE_ELEMENTS = [
  'date',
  'time',
  'place',
  'purpose',
  'attendees',
  'rightToBringOthers',
  'rightToInterpreter',
] as const;
export type MeetingNoticeElement = (typeof MEETING_NOTICE_ELEMENTS)[number];

export type MeetingNoticeContent = Partial<Record<MeetingNoticeElement, string | null>>;

/** The elements a meeting notice lacks (absent, null or blank), in order. */
export function missingMeetingNoticeElements(
  content: MeetingNoticeContent,
): MeetingNoticeElement[] {
  return MEETING_NOTICE_ELEMENTS.filter((id) => {
    const text = content[id];
    return typeof text !== 'string' || text.trim() === '';
  });
}
