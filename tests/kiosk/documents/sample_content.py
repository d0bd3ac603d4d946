# ruff: noqa: E501 - content sentences read better unbroken
"""Hand-built aftercare and consent content (the leaflet's words) for document tests.

Tests use these instead of the content files so that a wording change by clinic staff does not
break them; the content room's own tests check the files.
"""

from __future__ import annotations

from kiosk.domain.aftercare import AftercareContent, AftercareParagraph, AftercareSection, Area
from kiosk.domain.consent import Acknowledgement, ConsentContent

EYES_EN = "If the area around your eyes was treated, you may have a little micro-bruising there for three or four days. Makeup covers it easily."
EYES_ES = "Si se trató la zona alrededor de los ojos, puede tener pequeños moratones durante tres o cuatro días. El maquillaje los cubre fácilmente."


def aftercare_en() -> AftercareContent:
    return AftercareContent(
        version="test-1",
        language="en",
        title="Your aftercare after micro-needling",
        sections=(
            AftercareSection(
                "day_0",
                "On the day of your procedure",
                0,
                0,
                (
                    AftercareParagraph(
                        "Do not take anti-inflammatory medicines such as ibuprofen, Motrin or Advil: they interfere with the natural inflammation that renews your skin."
                    ),
                    AftercareParagraph(
                        "Avoid sun tanning and long exposure to direct sunlight. In the sun, always use sunscreen SPF 30 or higher."
                    ),
                    AftercareParagraph(
                        "You may clean your face with a gentle cleanser before bed."
                    ),
                ),
            ),
            AftercareSection(
                "day_1",
                "The next day",
                1,
                1,
                (
                    AftercareParagraph(
                        "Clean your face as usual; makeup, lotions and your usual products are fine again. Stay away from exfoliants and glycolic acids. Use SPF 30 or greater sunscreen."
                    ),
                ),
            ),
            AftercareSection(
                "days_2_7",
                "Days 2 to 7",
                2,
                7,
                (
                    AftercareParagraph(
                        "Your skin will feel dry and flake; you may use your regular moisturiser. Your skin will then shed for a while: this is normal."
                    ),
                    AftercareParagraph(EYES_EN, requires_area=Area.EYES),
                ),
            ),
            AftercareSection(
                "day_7_on",
                "From one week on",
                7,
                None,
                (
                    AftercareParagraph(
                        "Most patients notice their skin is smoother and more radiant."
                    ),
                ),
            ),
        ),
        next_session_title="Your next session",
        next_session_text="Wait at least 6 to 8 weeks: book your next session between {from} and {to}.",
        refresher_title="Once a year",
        refresher_text="We recommend one refresher treatment every year: around {date}.",
        questions_title="Questions?",
        questions_text="Call us at {phone}.",
    )


def aftercare_es() -> AftercareContent:
    return AftercareContent(
        version="test-1",
        language="es",
        title="Sus cuidados después de la micropunción",
        sections=(
            AftercareSection(
                "day_0",
                "El día del procedimiento",
                0,
                0,
                (
                    AftercareParagraph(
                        "No tome antiinflamatorios como ibuprofeno, Motrin o Advil."
                    ),
                    AftercareParagraph(
                        "Evite broncearse y la exposición prolongada al sol; use protector solar FPS 30 o más."
                    ),
                ),
            ),
            AftercareSection(
                "day_1",
                "Al día siguiente",
                1,
                1,
                (AftercareParagraph("Puede lavarse la cara como siempre y maquillarse."),),
            ),
            AftercareSection(
                "days_2_7",
                "Días 2 a 7",
                2,
                7,
                (
                    AftercareParagraph(
                        "Notará la piel seca y con descamación; puede usar su crema hidratante habitual."
                    ),
                    AftercareParagraph(EYES_ES, requires_area=Area.EYES),
                ),
            ),
            AftercareSection(
                "day_7_on",
                "A partir de una semana",
                7,
                None,
                (AftercareParagraph("La mayoría nota la piel más lisa y luminosa."),),
            ),
        ),
        next_session_title="Su próxima sesión",
        next_session_text="Espere al menos de 6 a 8 semanas: reserve su próxima sesión entre el {from} y el {to}.",
        refresher_title="Una vez al año",
        refresher_text="Recomendamos un tratamiento de repaso cada año: hacia el {date}.",
        questions_title="¿Preguntas?",
        questions_text="Llámenos al {phone}.",
    )


def consent_en() -> ConsentContent:
    return ConsentContent(
        version="test-1",
        language="en",
        title="Your consent for micro-needling",
        paragraphs=(
            "Micro-needling treats acne scars with sterile, very fine needles.",
            "Between treatments you need to wait at least 6 to 8 weeks.",
        ),
        acknowledgements=(
            Acknowledgement(
                "no_anti_inflammatories",
                "I will not take ibuprofen, Motrin or Advil after the treatment.",
            ),
            Acknowledgement("sun_protection", "I will use sunscreen SPF 30 or higher in the sun."),
            Acknowledgement("answers_true", "My answers to the questions on this kiosk are true."),
        ),
    )
