package dev.packyard.ui.tasks;

import dev.packyard.ui.common.Screen;

/** The Tasks screen: the window's task list shown full size, with the finished tasks and their outcomes. */
public final class TasksScreen implements Screen {
    private final TasksViewModel tasks;

    public TasksScreen(TasksViewModel tasks) {
        this.tasks = tasks;
    }

    public TasksViewModel tasks() {
        return tasks;
    }

    @Override
    public void refresh() {
        tasks.tick();
    }

    @Override
    public void deleteSelection() {
        // Tasks are cancelled with their own button, never deleted.
    }
}
