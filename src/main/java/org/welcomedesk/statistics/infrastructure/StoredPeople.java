package org.welcomedesk.statistics.infrastructure;

import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.RecordKey;
import org.welcomedesk.statistics.domain.ResidenceSpan;
import org.welcomedesk.statistics.domain.StatisticalEvent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several people's contributions as one stored value: a few bytes per event and span, codes
 * written once per value. The store keeps people in these rather than in a row per event, since
 * a database writes a million values far faster than five million rows, and it only ever
 * replaces a person whole or reads everyone back. Decoding gives back exactly what was encoded.
 */
final class StoredPeople {

    /** Format of the value; a stored value of another format is refused (rebuild the store). */
    private static final int FORMAT = 1;

    private static final int PROVISIONAL = 4; // beside Contributions.IN_YEAR and IN_QUARTER

    private StoredPeople() {}

    static byte[] encode(List<Contributions> people) {
        Map<String, Integer> codes = new HashMap<>();
        List<String> dictionary = new ArrayList<>();
        dictionary.add(null); // 0 is "none"
        ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream(people.size() * 96);
        try {
            DataOutputStream body = new DataOutputStream(bodyBytes);
            varint(body, people.size());
            for (Contributions person : people) {
                body.writeUTF(person.unit());
                List<StatisticalEvent> events = person.events();
                varint(body, events.size());
                for (int i = 0; i < events.size(); i++) {
                    StatisticalEvent e = events.get(i);
                    varint(body, zigzag(e.eventDate().toEpochDay()));
                    varint(body, code(e.flow(), codes, dictionary));
                    varint(body, code(e.district(), codes, dictionary));
                    varint(body, code(e.previousDistrict(), codes, dictionary));
                    varint(body, code(e.sex(), codes, dictionary));
                    varint(body, zigzag(e.age()));
                    varint(body, code(e.citizenship(), codes, dictionary));
                    varint(body, code(e.birthCountry(), codes, dictionary));
                    varint(body, code(e.partner(), codes, dictionary));
                    body.writeInt((int) e.key().value());
                    body.writeByte(person.counted()[i] | (e.status() == ObservationStatus.P ? PROVISIONAL : 0));
                }
                varint(body, person.spans().size());
                for (ResidenceSpan s : person.spans()) {
                    varint(body, zigzag(s.from().toEpochDay()));
                    varint(body, s.to() == null ? 0 : zigzag(s.to().toEpochDay()) + 1);
                    varint(body, code(s.district(), codes, dictionary));
                    varint(body, code(s.sex(), codes, dictionary));
                    varint(
                            body,
                            s.birthDate() == null ? 0 : zigzag(s.birthDate().toEpochDay()) + 1);
                    varint(body, code(s.citizenship(), codes, dictionary));
                    varint(body, code(s.birthCountry(), codes, dictionary));
                    body.writeInt((int) s.key().value());
                    body.writeByte(s.status() == ObservationStatus.P ? PROVISIONAL : 0);
                }
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream(bodyBytes.size() + dictionary.size() * 8 + 8);
            DataOutputStream out = new DataOutputStream(all);
            out.writeByte(FORMAT);
            varint(out, dictionary.size() - 1);
            for (int i = 1; i < dictionary.size(); i++) {
                out.writeUTF(dictionary.get(i));
            }
            bodyBytes.writeTo(out);
            out.flush();
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    static List<Contributions> decode(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new IllegalStateException("the statistics store holds values of another format: rebuild it");
            }
            String[] dictionary = new String[varint(in) + 1];
            for (int i = 1; i < dictionary.length; i++) {
                dictionary[i] = in.readUTF();
            }
            int count = varint(in);
            List<Contributions> people = new ArrayList<>(count);
            for (int p = 0; p < count; p++) {
                String unit = in.readUTF();
                int eventCount = varint(in);
                List<StatisticalEvent> events = new ArrayList<>(eventCount);
                int[] counted = new int[eventCount];
                for (int i = 0; i < eventCount; i++) {
                    LocalDate date = LocalDate.ofEpochDay(unzigzag(varint(in)));
                    String flow = dictionary[varint(in)];
                    String district = dictionary[varint(in)];
                    String previous = dictionary[varint(in)];
                    String sex = dictionary[varint(in)];
                    int age = (int) unzigzag(varint(in));
                    String citizenship = dictionary[varint(in)];
                    String birthCountry = dictionary[varint(in)];
                    String partner = dictionary[varint(in)];
                    RecordKey key = new RecordKey(Integer.toUnsignedLong(in.readInt()));
                    int flags = in.readUnsignedByte();
                    counted[i] = flags & ~PROVISIONAL;
                    events.add(new StatisticalEvent(
                            unit,
                            key,
                            flow,
                            date,
                            district,
                            previous,
                            sex,
                            age,
                            citizenship,
                            birthCountry,
                            partner,
                            status(flags)));
                }
                int spanCount = varint(in);
                List<ResidenceSpan> spans = new ArrayList<>(spanCount);
                for (int i = 0; i < spanCount; i++) {
                    LocalDate from = LocalDate.ofEpochDay(unzigzag(varint(in)));
                    int to = varint(in);
                    String district = dictionary[varint(in)];
                    String sex = dictionary[varint(in)];
                    int birth = varint(in);
                    String citizenship = dictionary[varint(in)];
                    String birthCountry = dictionary[varint(in)];
                    RecordKey key = new RecordKey(Integer.toUnsignedLong(in.readInt()));
                    int flags = in.readUnsignedByte();
                    spans.add(new ResidenceSpan(
                            unit,
                            key,
                            from,
                            to == 0 ? null : LocalDate.ofEpochDay(unzigzag(to - 1)),
                            district,
                            sex,
                            birth == 0 ? null : LocalDate.ofEpochDay(unzigzag(birth - 1)),
                            citizenship,
                            birthCountry,
                            status(flags)));
                }
                people.add(new Contributions(unit, events, counted, spans));
            }
            return people;
        } catch (IOException e) {
            throw new IllegalStateException("the statistics store holds a damaged value: rebuild it", e);
        }
    }

    private static ObservationStatus status(int flags) {
        return (flags & PROVISIONAL) != 0 ? ObservationStatus.P : ObservationStatus.A;
    }

    private static int code(String code, Map<String, Integer> codes, List<String> dictionary) {
        if (code == null) {
            return 0;
        }
        Integer id = codes.get(code);
        if (id == null) {
            id = dictionary.size();
            codes.put(code, id);
            dictionary.add(code);
        }
        return id;
    }

    /** Small numbers of either sign in few bytes (days since 1970 before 1970, an unknown age). */
    private static int zigzag(long value) {
        return (int) ((value << 1) ^ (value >> 63));
    }

    private static long unzigzag(int value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static void varint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int varint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
