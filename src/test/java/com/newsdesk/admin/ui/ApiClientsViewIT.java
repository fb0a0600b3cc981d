package com.newsdesk.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.IntStream;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.admin.ApiClient;
import com.newsdesk.admin.ApiKeyAuthenticator;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class ApiClientsViewIT extends SpringBrowserlessTest {

    @Autowired
    ApiKeyAuthenticator authenticator;

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_client_sees_its_key_once_and_revokes_it() {
        var view = navigate(ApiClientsView.class);
        String name = "Wire importer " + UUID.randomUUID().toString().substring(0, 8);

        test(find(Button.class).withText("New API client…").single()).click();
        var create = find(NewApiClientDialog.class).single();
        test(find(TextField.class, create).withLabel("Name").single()).setValue(name);
        test(find(Button.class, create).withText("Create").single()).click();

        var shown = find(ApiKeyDialog.class).single();
        String key = shown.keyField().getValue();
        assertThat(key).matches("nd_[0-9A-Za-z]{8}_[0-9A-Za-z]{40}");
        assertThat(shown.keyField().isReadOnly()).isTrue();
        assertThat(find(Button.class, shown).withText("Copy").exists()).isTrue();
        assertThat(shown.getElement().getTextRecursively()).contains("will not be shown again");
        assertThat(authenticator.authenticate(key)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(name));

        int row = rowOf(view, name);
        assertThat(test(view.grid()).getCellText(row, test(view.grid()).getColumnPosition("key")))
                .isEqualTo(key.substring(0, key.lastIndexOf('_')) + "_…");
        assertThat(test(view.grid()).getCellText(row, test(view.grid()).getColumnPosition("status")))
                .isEqualTo("Active");
        assertThat(test(view.grid()).getCellText(row, test(view.grid()).getColumnPosition("lastUsedAt")))
                .isEqualTo("Never");

        test(find(Button.class, shown).withText("I have stored the key").single()).click();
        assertThat(find(ApiKeyDialog.class).exists()).as("the key is shown once").isFalse();
        assertThat(shown.keyField().getValue()).isEmpty();

        var revoke = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(view.grid())
                .getCellComponent(row, "actions");
        test(find(Button.class, revoke).withText("Revoke…").single()).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).contains(name);
        test(confirm).confirm();

        row = rowOf(view, name);
        assertThat(test(view.grid()).getRow(row).revoked()).isTrue();
        assertThat(test(view.grid()).getCellText(row, test(view.grid()).getColumnPosition("status")))
                .startsWith("Revoked ");
        assertThat(test(view.grid()).getCellText(row, test(view.grid()).getColumnPosition("lastUsedAt")))
                .as("the key was used once, above").isNotEqualTo("Never");
        assertThat(find(Button.class, (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(view.grid())
                .getCellComponent(row, "actions")).withText("Revoke…").exists()).isFalse();
        assertThat(authenticator.authenticate(key)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void a_refused_name_keeps_the_dialog_open_with_the_reason() {
        navigate(ApiClientsView.class);
        test(find(Button.class).withText("New API client…").single()).click();
        var create = find(NewApiClientDialog.class).single();
        var name = find(TextField.class, create).withLabel("Name").single();
        test(find(Button.class, create).withText("Create").single()).click();

        assertThat(find(NewApiClientDialog.class).exists()).isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("name");
        assertThat(find(ApiKeyDialog.class).exists()).isFalse();

        test(name).setValue("Translation pipeline (demo)");
        test(find(Button.class, create).withText("Create").single()).click();
        assertThat(name.getErrorMessage()).isEqualTo("Another API client is already called \"Translation pipeline (demo)\".");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_cannot_open_the_api_clients() {
        assertThatThrownBy(() -> navigate(ApiClientsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(ApiClientsView.class);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_open_the_api_clients() {
        assertThatThrownBy(() -> navigate(ApiClientsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(ApiClientsView.class);
    }

    private int rowOf(ApiClientsView view, String name) {
        var grid = test(view.grid());
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the grid: "
                        + view.grid().getListDataView().getItems().map(ApiClient::name).toList()));
    }
}
