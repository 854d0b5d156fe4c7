package dev.packyard.formats.maven.demo;

import dev.packyard.demo.common.ZipArchive;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A working Maven plugin in the demo's plugin group, {@code hello-maven-plugin} with prefix {@code hello}: so
 * {@code mvn hello:greet} (with the group among the user's plugin groups) resolves the prefix through the group's
 * metadata, downloads the plugin and runs it, also outside a project. Its one mojo prints {@link #GREETING}; the
 * class is written with ASM because the demo cannot count on a compiler (or Maven's API jar) where it runs.
 */
final class HelloPlugin {
    static final String GROUP_ID = MavenSeed.GROUP_ID + ".plugins";
    static final String ARTIFACT_ID = "hello-maven-plugin";
    static final String PREFIX = "hello";
    static final String GOAL = "greet";
    static final String VERSION = "1.0.0";
    static final String GREETING = "Hello from the Packyard demo plugin";
    private static final String MOJO_CLASS = "dev/packyard/demo/plugins/hello/GreetMojo";

    private HelloPlugin() {
    }

    /** The version's POM and jar by file name. */
    static Map<String, byte[]> files() {
        String base = ARTIFACT_ID + "-" + VERSION;
        String pom = pom();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(base + ".pom", pom.getBytes(StandardCharsets.UTF_8));
        files.put(base + ".jar", new ZipArchive()
                .add("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: Packyard demo registry\r\n\r\n")
                .add("META-INF/maven/plugin.xml", descriptor())
                .add("META-INF/maven/" + GROUP_ID + "/" + ARTIFACT_ID + "/pom.xml", pom)
                .add(MOJO_CLASS + ".class", mojoClass())
                .toBytes());
        return Map.copyOf(files);
    }

    static String pom() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>" + GROUP_ID + "</groupId>\n"
                + "  <artifactId>" + ARTIFACT_ID + "</artifactId>\n"
                + "  <version>" + VERSION + "</version>\n"
                + "  <packaging>maven-plugin</packaging>\n"
                + "  <name>Hello plugin</name>\n"
                + "  <description>A demo Maven plugin: mvn " + PREFIX + ":" + GOAL + "</description>\n"
                + "</project>\n";
    }

    /** The descriptor Maven reads to find the plugin's prefix and mojos (what maven-plugin-plugin would generate). */
    private static String descriptor() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plugin>\n"
                + "  <name>Hello plugin</name>\n"
                + "  <groupId>" + GROUP_ID + "</groupId>\n"
                + "  <artifactId>" + ARTIFACT_ID + "</artifactId>\n"
                + "  <version>" + VERSION + "</version>\n"
                + "  <goalPrefix>" + PREFIX + "</goalPrefix>\n"
                + "  <isolatedRealm>false</isolatedRealm>\n"
                + "  <inheritedByDefault>true</inheritedByDefault>\n"
                + "  <mojos>\n"
                + "    <mojo>\n"
                + "      <goal>" + GOAL + "</goal>\n"
                + "      <description>Prints a greeting.</description>\n"
                + "      <requiresProject>false</requiresProject>\n"
                + "      <aggregator>false</aggregator>\n"
                + "      <requiresOnline>false</requiresOnline>\n"
                + "      <inheritedByDefault>true</inheritedByDefault>\n"
                + "      <implementation>" + MOJO_CLASS.replace('/', '.') + "</implementation>\n"
                + "      <language>java</language>\n"
                + "      <instantiationStrategy>per-lookup</instantiationStrategy>\n"
                + "      <executionStrategy>once-per-session</executionStrategy>\n"
                + "      <threadSafe>true</threadSafe>\n"
                + "      <parameters/>\n"
                + "    </mojo>\n"
                + "  </mojos>\n"
                + "  <dependencies/>\n"
                + "</plugin>\n";
    }

    /** {@code public class GreetMojo extends AbstractMojo { public void execute() { System.out.println(GREETING); } }} */
    private static byte[] mojoClass() {
        String superclass = "org/apache/maven/plugin/AbstractMojo";
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, MOJO_CLASS, null, superclass, null);
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, superclass, "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor execute = writer.visitMethod(Opcodes.ACC_PUBLIC, "execute", "()V", null, null);
        execute.visitCode();
        execute.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        execute.visitLdcInsn(GREETING);
        execute.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
        execute.visitInsn(Opcodes.RETURN);
        execute.visitMaxs(0, 0);
        execute.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
