/** A datalist of IANA zone names for time-zone inputs (`list="time-zones"`). */
export function TimeZoneOptions() {
  const zones = Intl.supportedValuesOf("timeZone");
  return (
    <datalist id="time-zones">
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
