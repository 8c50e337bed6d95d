package io.m365connect.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.practice.PracticeTenant;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.ui.common.DirectUiExecutor;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeTenantViewModelTest {
    @TempDir
    Path dir;

    @Test
    void startingShowsTheCloudTheCredentialsAndTheFaultsAndStopClearsThem() {
        PracticeTenantViewModel vm = new PracticeTenantViewModel(EmulatorPracticeTenant::new, dir,
                new DirectUiExecutor());
        vm.start();
        try {
            assertEquals(PracticeTenantViewModel.State.RUNNING, vm.stateProperty().get());
            assertTrue(vm.authorityProperty().get().startsWith("https://127.0.0.1:"));
            assertEquals(vm.cloudProperty().get().authority() + "/8a4d2c1e-5b7f-4e39-9c61-2f0d3b7a9e15",
                    vm.authorityProperty().get());
            assertEquals(dir.resolve("practice.cloud.json").toAbsolutePath(), vm.cloudFileProperty().get());
            assertEquals(6, vm.credentials().size());
            vm.apply(vm.faults().get(0));
            vm.apply(vm.faults().get(0));
            assertEquals(1, vm.appliedFaults().size());
            vm.reset();
            assertTrue(vm.appliedFaults().isEmpty());
        } finally {
            vm.stop();
        }
        assertEquals(PracticeTenantViewModel.State.STOPPED, vm.stateProperty().get());
        assertNull(vm.cloudProperty().get());
        assertTrue(vm.credentials().isEmpty());
    }

    @Test
    void stoppingWhileStartingAbandonsTheStart() {
        java.util.List<Runnable> background = new java.util.ArrayList<>();
        io.m365connect.ui.common.UiExecutor later = new io.m365connect.ui.common.UiExecutor() {
            @Override
            public void runOnUi(Runnable action) {
                action.run();
            }

            @Override
            public void runInBackground(Runnable work) {
                background.add(work);
            }
        };
        PracticeTenantViewModel vm = new PracticeTenantViewModel(EmulatorPracticeTenant::new, dir, later);
        vm.start();
        assertEquals(PracticeTenantViewModel.State.STARTING, vm.stateProperty().get());
        vm.stop();
        background.forEach(Runnable::run);
        assertEquals(PracticeTenantViewModel.State.STOPPED, vm.stateProperty().get());
        assertNull(vm.cloudProperty().get());
    }

    @Test
    void aTenantThatCannotStartShowsAProblemWithWhatToDo() {
        PracticeTenant broken = (PracticeTenant) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PracticeTenant.class}, (proxy, method, args) -> {
                    if (method.getName().equals("start")) {
                        throw new IOException("Permission denied");
                    }
                    return null;
                });
        PracticeTenantViewModel vm = new PracticeTenantViewModel(() -> broken, dir, new DirectUiExecutor());
        vm.start();
        assertEquals(PracticeTenantViewModel.State.FAILED, vm.stateProperty().get());
        assertEquals("The practice tenant could not start: Permission denied", vm.problemProperty().get().summary());
        assertEquals("Check that " + dir + " can be written, then try again.", vm.problemProperty().get().fix());
    }
}
