"""Build examples/feedback.jsonl: simulated user feedback with a learnable signal.

Users in this simulation like answers that acknowledge them, give concrete
steps and say when to get help; they dislike dismissive answers, needless
refusals and lectures that never answer. For each of 40 questions there are
two liked and two disliked answers (the question-specific advice is written
per question; openings and closings vary), and one reaction in ten is flipped
to mimic noisy users. Seeded, so the file is reproducible:
    python examples/make_feedback.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

QUESTIONS = [
    ("I have a sore throat and a mild fever. What should I do?", "Rest, drink warm fluids and take paracetamol for the fever"),
    ("How can I get rid of a tension headache?", "Take paracetamol or ibuprofen as on the label, drink water and rest away from screens"),
    ("My ankle is swollen after a twist. Can I walk on it?", "Rest it, use ice for 15 minutes at a time, compress and raise it"),
    ("What helps with heartburn at night?", "Avoid large late meals, raise the head of your bed and try an antacid"),
    ("I can't fall asleep. Any tips?", "Keep a fixed wake-up time, skip caffeine after noon and put screens away an hour before bed"),
    ("My child has a cough but no fever. What can I do?", "Offer plenty of fluids, honey if over one year, and keep the air moist"),
    ("How do I treat a small burn?", "Cool it under running water for 20 minutes and cover it loosely"),
    ("What can I do about constipation?", "Drink more water, add fibre such as fruit and oats, and walk daily"),
    ("Is it normal to feel tired after a vaccine?", "Yes, a day or two of tiredness is common; rest and drink fluids"),
    ("How do I lower my blood pressure naturally?", "Cut down on salt, move for 30 minutes most days and limit alcohol"),
    ("I get dizzy when I stand up quickly. Why?", "Stand up slowly, drink enough fluids and sit down if you feel faint"),
    ("What should I eat when I have diarrhea?", "Sip oral rehydration solution and eat bland foods like rice and bananas"),
    ("My eyes are itchy from hay fever. What helps?", "Try a non-drowsy antihistamine, rinse your eyes and keep windows closed"),
    ("How long does a cold usually last?", "Usually seven to ten days; rest, fluids and paracetamol ease it"),
    ("I have a mosquito bite that itches a lot.", "Use a cold compress, an antihistamine cream and try not to scratch"),
    ("How can I stop snoring?", "Sleep on your side, avoid alcohol before bed and keep a healthy weight"),
    ("What's good for muscle soreness after exercise?", "Gentle movement, a warm bath and ibuprofen if needed"),
    ("My baby has nappy rash. What should I do?", "Change nappies often, let the skin air and use a barrier cream"),
    ("How much water should I drink a day?", "About six to eight glasses, more in hot weather or when exercising"),
    ("I have a cold sore. How do I treat it?", "Use an antiviral cream early, keep it clean and avoid touching it"),
    ("What can I do for period cramps?", "Use a heat pad, gentle exercise and ibuprofen with food"),
    ("How do I know if a cut needs stitches?", "Press to stop the bleeding; deep, gaping or long cuts need to be closed"),
    ("My back hurts from sitting all day.", "Take short breaks every hour, adjust your chair and do gentle stretches"),
    ("What helps with a blocked nose?", "Try saline spray, steam and sleeping with your head raised"),
    ("I have a small splinter I can't get out.", "Soak the area in warm water, then use clean tweezers along the angle it went in"),
    ("How can I manage stress before exams?", "Plan short study blocks, sleep enough and try slow breathing for a few minutes"),
    ("What should I do about dry skin in winter?", "Use a fragrance-free moisturiser after washing and take shorter warm showers"),
    ("Is it safe to exercise with a cold?", "Light exercise is fine if symptoms are above the neck; rest if you have a fever"),
    ("How do I take care of a nosebleed?", "Sit forward and pinch the soft part of your nose for ten minutes"),
    ("My toddler bumped his head but is playing normally.", "Watch him for a day, use a cold pack and check he stays alert"),
    ("What can help with motion sickness?", "Look at the horizon, get fresh air and take an antihistamine before travel"),
    ("How can I cut down on sugar?", "Swap sweet drinks for water, read labels and keep fruit at hand"),
    ("I have hiccups that won't stop.", "Sip cold water slowly or hold your breath briefly"),
    ("What should I do for a bee sting without swelling elsewhere?", "Scrape out the sting, wash the area and use a cold pack"),
    ("How do I help a friend who feels low?", "Listen without judging, stay in touch and encourage them to talk to someone"),
    ("What helps with mouth ulcers?", "Rinse with salt water, avoid spicy food and use a numbing gel"),
    ("How can I protect my skin from the sun?", "Use SPF 30 or higher, reapply every two hours and wear a hat"),
    ("My knees ache when I climb stairs.", "Strengthen your thigh muscles, keep active and use a rail on stairs"),
    ("Can I take ibuprofen on an empty stomach?", "It is better taken with food or milk to protect your stomach"),
    ("What should I pack in a first-aid kit?", "Plasters, sterile dressings, tape, antiseptic wipes, tweezers and paracetamol"),
]
OPENINGS = ["I'm sorry you're dealing with this.", "That sounds uncomfortable, and it's a common question.",
            "Good question, and there's a lot you can do.", "That's worth looking after."]
CLOSINGS = ["If it gets worse or doesn't improve in a few days, check with a doctor or pharmacist.",
            "See a doctor if you notice anything unusual or it lasts longer than expected.",
            "A pharmacist can also advise you if you're unsure."]
DISMISSIVE = ["Just google it.", "That's not really something worth asking about.",
              "It will go away on its own, stop worrying.", "Everyone gets that, it's nothing."]
REFUSALS = ["I'm sorry, but I can't provide medical advice.", "As an AI, I cannot help with health questions."]
LECTURES = ["Health is complex and influenced by many factors, including genetics, environment and lifestyle. "
            "Every person is different, and general information can never replace an individual assessment.",
            "There are many possible explanations for symptoms like these, and medicine has studied them for "
            "centuries. It is important to remember that the body is a complex system."]


def main() -> None:
    rng = random.Random(11)
    out = []
    for q, (question, advice) in enumerate(QUESTIONS):
        liked = [f"{rng.choice(OPENINGS)} {advice}. {rng.choice(CLOSINGS)}",
                 f"{advice}. {rng.choice(CLOSINGS)}"]
        disliked = [rng.choice(DISMISSIVE), rng.choice(REFUSALS + LECTURES)]
        for k, (response, good) in enumerate([(r, True) for r in liked] + [(r, False) for r in disliked]):
            flip = rng.random() < 0.1
            positive = good != flip
            tags = [] if positive else ["refused" if response in REFUSALS else
                                        "not_helpful" if response in LECTURES else "dismissive"]
            out.append({
                "id": f"fb-{q:02d}-{k}", "prompt": question, "response": response,
                "feedback": {"thumb": "up" if positive else "down",
                             "rating": rng.choice([4, 5]) if positive else rng.choice([1, 2]),
                             "tags": tags, "comment": "Helpful, thanks." if positive else "Didn't help me."},
            })
    path = ROOT / "examples" / "feedback.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"wrote {len(out)} records to {path}")


if __name__ == "__main__":
    main()
