/**
 * The server's one clock. New York districts keep New York dates: "today" is the date in
 * America/New_York, whatever the server's time zone. Rules never read it; they get `asOf`.
 */
export function todayInNewYork(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts; // en-CA formats as YYYY-MM-DD
}
