package com.newsdesk.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/** Times are stored in UTC and shown in the time zone of the person's browser. */
public final class UserTime {

    private static final String ZONE_ATTRIBUTE = UserTime.class.getName() + ".zone";
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    private UserTime() {
    }

    /** Asks the browser for its time zone once per session; runs {@code onChange} if it was not known yet. */
    public static void detect(UI ui, Runnable onChange) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZONE_ATTRIBUTE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone;
            try {
                zone = details.getTimeZoneId() == null ? ZoneOffset.UTC : ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException e) {
                zone = ZoneOffset.UTC;
            }
            session.setAttribute(ZONE_ATTRIBUTE, zone);
            if (!zone.equals(ZoneOffset.UTC)) {
                onChange.run();
            }
        });
    }

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId z ? z : ZoneOffset.UTC;
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone()));
    }
}
