package dev.packyard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/** The heap figures every benchmark prints the same way. */
final class Machine {
    private Machine() {
    }

    /** Heap in use after full collections, so only what is still reachable counts. */
    static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", max heap "
                + Stats.mib(Runtime.getRuntime().maxMemory()) + ", " + Runtime.getRuntime().availableProcessors() + " CPUs";
    }
}
