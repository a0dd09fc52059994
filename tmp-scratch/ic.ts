import ICAL from "ical.js";
import { serializeCalendar } from "/work/main/lib/outputs/icalendar";
const text = serializeCalendar({ name: "Test, cal; x", events: [
  { uid: "a@x", sequence: 2, modifiedAt: new Date(), start: { kind: "date-time", instant: new Date("2026-11-10T05:01:00Z"), timeZone: "Asia/Shanghai" }, summary: "Hello, world; ünïcödé ".repeat(8), description: "Line1\nLine2 \\ back" },
  { uid: "b@x", sequence: 0, modifiedAt: new Date(), start: { kind: "date-time", instant: new Date("2025-08-12T04:01:00Z"), timeZone: "America/New_York" }, summary: "NY" },
  { uid: "c@x", sequence: 0, modifiedAt: new Date(), start: { kind: "date-time", instant: new Date("2026-01-12T05:01:00Z"), timeZone: "America/New_York" }, summary: "NY winter" },
  { uid: "d@x", sequence: 5, modifiedAt: new Date(), start: { kind: "date", date: "2026-01-23" }, end: { kind: "date", date: "2026-01-24" }, summary: "allday" },
]});
console.log(text);
const comp = new ICAL.Component(ICAL.parse(text));
for (const tz of comp.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
for (const v of comp.getAllSubcomponents("vevent")) {
  const e = new ICAL.Event(v);
  console.log(e.uid, e.sequence, e.startDate.toString(), e.startDate.zone?.tzid, e.startDate.toJSDate().toISOString(), e.summary.length, JSON.stringify(e.description));
}
console.log(comp.getFirstPropertyValue("x-wr-calname"));
