// Fuzzes the opening-hours parser (OpenStreetMap subset) and the open/closed answer it gives.
#include "content/openinghours.h"
#include "fuzzsupport.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk::fuzz::ensureApplication();
    const pk::OpeningHours hours = pk::OpeningHours::parse(pk::fuzz::text(data, size));
    if (hours.isValid()) {
        static const QTimeZone brussels("Europe/Brussels");
        // A spring-forward and an autumn-back Sunday, and an ordinary weekday.
        for (const qint64 seconds : {1774745000LL, 1792890000LL, 1795392000LL})
            hours.statusAt(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC), brussels);
    }
    return 0;
}
