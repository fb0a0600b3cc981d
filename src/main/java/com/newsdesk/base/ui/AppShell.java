package com.newsdesk.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Styling is Lumo plus our plain stylesheet from the top-level {@code frontend/} folder:
 * no front-end bundle is built (see ../shared/docs/stack.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/newsdesk.css")
@Push
public class AppShell implements AppShellConfigurator {
}
