/**
 * How a notice reaches the parent. Source: PSN, "Electronic mail" (34 CFR 300.505; 8 NYCRR
 * 200.5(a), (f) and (i)): where the district offers it, a parent may choose to receive prior
 * written notice, the procedural safeguards notice and due process notices by e-mail. By
 * default notices go by mail.
 */

export const EMAIL_CITATION = 'PSN, Electronic mail (34 CFR 300.505; 8 NYCRR 200.5(a), (f), (i))';

export const NOTICE_CHANNELS = ['mail', 'email'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** A parent's choice of how to receive notices (guardians.notice_delivery). */
export type NoticeDeliveryPreference = NoticeChannel;

export type ChannelRefusal = 'email-not-chosen' | 'no-email-address' | 'no-mailing-address';

/**
 * Why a notice may not go to this parent by this channel, or null when it may. E-mail only
 * for a parent who chose e-mail and has an address; mail needs a mailing address.
 */
export function channelRefusal(input: {
  channel: NoticeChannel;
  preference: NoticeDeliveryPreference;
  email: string | null;
  address: string | null;
}): ChannelRefusal | null {
  if (input.channel === 'email') {
    if (input.preference !== 'email') return 'email-not-chosen';
    if (!input.email?.trim()) return 'no-email-address';
    return null;
  }
  if (!input.address?.trim()) return 'no-mailing-address';
  return null;
}
