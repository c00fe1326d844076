/**
 * Prior written notice (notice of recommendation): when it is owed and what it must contain.
 * Source: PSN, General information, "Prior written notice (notice of recommendation)",
 * 34 CFR 300.503; 8 NYCRR 200.5(a) and (c).
 */

export const PWN_CITATION = 'PSN, Prior written notice (34 CFR 300.503; 8 NYCRR 200.5(a))';

/**
 * The district owes the notice whenever it proposes, or refuses, to initiate or change one of
 * these (PSN, Prior written notice, "Notice", items 1 and 2).
 */
export const PWN_PROPOSALS = ['proposes', 'refuses'] as const;
export type PwnProposal = (typeof PWN_PROPOSALS)[number];
export const PWN_SUBJECTS = [
  'identification',
  'evaluation',
  'educational-placement',
  'provision-of-fape',
] as const;
export type PwnSubject = (typeof PWN_SUBJECTS)[number];

/**
 * The eight required content elements, in the order and wording of the PSN's list
 * ("Content of notice": "The written notice must: 1. … 8. …").
 */
export const PWN_ELEMENTS = [
  {
    id: 'action',
    item: 1,
    requirement: 'describe the action that the school district proposes or refuses to take',
  },
  {
    id: 'reasons',
    item: 2,
    requirement: 'explain why the school district is proposing or refusing to take the action',
  },
  {
    id: 'evaluationBasis',
    item: 3,
    requirement:
      'describe each evaluation procedure, assessment, record, or report the school district used in deciding to propose or refuse the action',
  },
  {
    id: 'safeguardsStatement',
    item: 4,
    requirement:
      'include a statement that the parents have protections under the procedural safeguards provisions in Part B of IDEA',
  },
  {
    id: 'safeguardsNoticeAccess',
    item: 5,
    requirement:
      'tell the parents how they can obtain a description of the procedural safeguards notice (for an initial referral for evaluation, the notice itself goes with it)',
  },
  {
    id: 'helpResources',
    item: 6,
    requirement:
      'include resources for the parents to contact for help in understanding Part B of IDEA',
  },
  {
    id: 'optionsConsidered',
    item: 7,
    requirement:
      "describe any other choices the child's CSE or CPSE considered and the reasons why those choices were rejected",
  },
  {
    id: 'otherFactors',
    item: 8,
    requirement:
      'provide a description of other reasons why the school district proposed or refused the action',
  },
] as const;

export type PwnElement = (typeof PWN_ELEMENTS)[number]['id'];
export const PWN_ELEMENT_IDS: readonly PwnElement[] = PWN_ELEMENTS.map((e) => e.id);

/** The notice's content: one text per element; absent, null or blank means missing. */
export type PwnContent = Partial<Record<PwnElement, string | null>>;

/** The citation of one element: the PSN's item number and the regulation. */
export function pwnElementCitation(element: PwnElement): string {
  const item = PWN_ELEMENTS.find((e) => e.id === element)?.item;
  return `PSN, Prior written notice, Content of notice, item ${item} (34 CFR 300.503(b); 8 NYCRR 200.5(a)(3))`;
}

/**
 * The required elements a prior written notice lacks, in the PSN's order. A notice may be
 * sent only when this is empty. Whitespace alone does not count as content.
 */
export function missingPwnElements(content: PwnContent): PwnElement[] {
  return PWN_ELEMENT_IDS.filter((id) => {
    const text = content[id];
    return typeof text !== 'string' || text.trim() === '';
  });
}
