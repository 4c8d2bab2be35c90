package org.welcomedesk.registry.records.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a skill group as its ISCO-08 code, the form directories exchange. */
@Converter
public class SkillGroupCode implements AttributeConverter<SkillGroup, String> {

    @Override
    public String convertToDatabaseColumn(SkillGroup skill) {
        return skill == null ? null : skill.iscoCode();
    }

    @Override
    public SkillGroup convertToEntityAttribute(String code) {
        return code == null
                ? null
                : SkillGroup.ofIscoCode(code)
                        .orElseThrow(() -> new IllegalStateException("unknown ISCO-08 group " + code));
    }
}
