package news.events.kafka;

import news.events.EventJson;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka value serializer writing any event record as {@link EventJson} JSON. */
public class EventSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object event) {
        return event == null ? null : EventJson.write(event);
    }
}
