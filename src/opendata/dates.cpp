#include "opendata/dates.hpp"

#include <algorithm>

namespace planpub {

namespace {

// ISO dates (YYYY-MM-DD) order as strings; an empty date never wins, nor does a month without a day
// (a revision dated 2020-03): dct:modified and 最終更新日 are days, and none is invented.
void take_latest(std::string& latest, const std::string& date) {
    if (date.size() == 10 && date > latest) latest = date;
}

void take_earliest(std::string& earliest, const std::string& date) {
    if (!date.empty() && (earliest.empty() || date < earliest)) earliest = date;
}

}  // namespace

ContentDates plan_content_dates(const Plan& plan) {
    ContentDates d;
    d.issued = plan.published;
    take_latest(d.modified, plan.published);
    take_latest(d.modified, plan.updated);
    for (const Revision& r : plan.revisions) take_latest(d.modified, r.date);
    for (const Page& p : plan.pages) take_latest(d.modified, p.updated);
    return d;
}

ContentDates site_content_dates(const Site& site) {
    ContentDates d;
    take_latest(d.modified, site.config.updated);
    for (const Plan& p : site.plans) {
        ContentDates pd = plan_content_dates(p);
        take_earliest(d.issued, pd.issued);
        take_latest(d.modified, pd.modified);
    }
    return d;
}

}  // namespace planpub
