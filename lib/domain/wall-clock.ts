// Hand-written: date-fns formats a Date on the clock of the zone the code runs in, and these are
// wall clocks of other zones (read with Intl on the server, or in UTC).

/** A time as a wall clock and calendar in some zone show it (month 1–12). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const pad = (n: number) => String(n).padStart(2, "0");

/** "10 November 2026" */
export const dateText = ({ day, month, year }: WallClock) => `${day} ${MONTHS[month - 1]} ${year}`;

/** "00:01" */
export const clockText = ({ hour, minute }: WallClock) => `${pad(hour)}:${pad(minute)}`;
