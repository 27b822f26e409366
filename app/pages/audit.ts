/**
 * The seed's persistence chapter: session state is for the UI; what must last — who ran
 * which forecast with which parameters — goes to Postgres as an audit row. This page runs
 * the dashboard's forecast form and shows this session's recent activity below it (the
 * seed's "retrieve activity for a specific session" query).
 */
import { definePage } from "edgelit";
import { forecastForm } from "../forms/forecast";

export default definePage("/audit", "Audit trail", async (st) => {
  st.title("Audit trail");
  st.caption(
    "Every forecast run is recorded in Postgres (`dashboard_activity`). The event is stored with the session's " +
      "state first and delivered in the background, so a database outage never loses one or slows a run.",
  );

  await forecastForm(st, st, "audit_forecast");

  st.subheader("This session's recent activity");
  const activity = await st.recentActivity(10);
  if (activity.database === "unreachable") {
    st.warning(`The audit database is unreachable (${activity.error}). Events wait in this session and are retried.`);
  } else if (activity.database === "not configured") {
    st.warning("DATABASE_URL is not set: events wait in this session until a database is configured.");
  }
  if (activity.items.length === 0) {
    st.info("No activity yet: run a forecast above.");
  } else {
    st.dataframe(
      activity.items.map((item) => ({
        time: item.at.replace("T", " ").slice(0, 19),
        action: item.action,
        stored: item.delivered ? "in Postgres" : "pending delivery",
        parameters: Object.entries((item.context as Record<string, unknown>) ?? {})
          .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
          .join(", "),
      })),
    );
  }
}, { icon: "📜" });
