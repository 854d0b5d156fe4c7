package dev.packyard.formats.ruby.gem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A writer of Ruby's Marshal format 4.8, for the few shapes RubyGems reads from a server: nil, booleans, small
 * integers, UTF-8 strings, symbols, arrays, hashes, plain objects with instance variables, and the two custom forms
 * ({@code marshal_dump} as 'U', {@code _dump} as 'u') that Gem::Version, Gem::Requirement and Gem::Specification use.
 * Nothing is ever written twice by reference except symbols, which Ruby expects to be linked after their first use.
 */
public final class RubyMarshal {
    /** A Ruby symbol, written as {@code :name}. */
    public record Symbol(String name) {
    }

    /** An object of {@code className} with instance variables (names without the '@'), in order. */
    public record RObject(String className, Map<String, Object> ivars) {
    }

    /** An object whose {@code marshal_dump} gave {@code data}. */
    public record UserMarshal(String className, Object data) {
    }

    /** An object whose {@code _dump} gave the binary string {@code bytes}. */
    public record UserDump(String className, byte[] bytes) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, Integer> symbols = new HashMap<>();

    private RubyMarshal() {
    }

    /** {@code value} as Marshal.dump writes it, header included. */
    public static byte[] dump(Object value) {
        RubyMarshal writer = new RubyMarshal();
        writer.out.write(4);
        writer.out.write(8);
        writer.value(value);
        return writer.out.toByteArray();
    }

    private void value(Object value) {
        if (value == null) {
            out.write('0');
        } else if (value instanceof Boolean b) {
            out.write(b ? 'T' : 'F');
        } else if (value instanceof Integer i) {
            out.write('i');
            integer(i);
        } else if (value instanceof String s) {
            out.write('I');
            out.write('"');
            bytes(s.getBytes(StandardCharsets.UTF_8));
            integer(1);
            symbol("E");
            out.write('T');
        } else if (value instanceof Symbol s) {
            symbol(s.name());
        } else if (value instanceof List<?> list) {
            out.write('[');
            integer(list.size());
            list.forEach(this::value);
        } else if (value instanceof Map<?, ?> map) {
            out.write('{');
            integer(map.size());
            map.forEach((k, v) -> {
                value(k);
                value(v);
            });
        } else if (value instanceof RObject object) {
            out.write('o');
            symbol(object.className());
            integer(object.ivars().size());
            object.ivars().forEach((name, v) -> {
                symbol("@" + name);
                value(v);
            });
        } else if (value instanceof UserMarshal user) {
            out.write('U');
            symbol(user.className());
            value(user.data());
        } else if (value instanceof UserDump user) {
            out.write('u');
            symbol(user.className());
            bytes(user.bytes());
        } else {
            throw new IllegalArgumentException("No Marshal form for " + value.getClass().getName());
        }
    }

    private void symbol(String name) {
        Integer index = symbols.get(name);
        if (index != null) {
            out.write(';');
            integer(index);
            return;
        }
        symbols.put(name, symbols.size());
        out.write(':');
        bytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] bytes) {
        integer(bytes.length);
        out.writeBytes(bytes);
    }

    /** Ruby's packed integer: 0, one byte for -123..122, otherwise a signed byte count then little-endian bytes. */
    private void integer(int n) {
        if (n == 0) {
            out.write(0);
        } else if (n > 0 && n < 123) {
            out.write(n + 5);
        } else if (n < 0 && n > -124) {
            out.write((n - 5) & 0xff);
        } else {
            byte[] le = new byte[4];
            int count = 0;
            int rest = n;
            for (int i = 0; i < 4; i++) {
                le[i] = (byte) (rest & 0xff);
                rest >>= 8;
                count = i + 1;
                if (n >= 0 ? rest == 0 : rest == -1) {
                    break;
                }
            }
            out.write(n >= 0 ? count : (-count) & 0xff);
            out.write(le, 0, count);
        }
    }
}
