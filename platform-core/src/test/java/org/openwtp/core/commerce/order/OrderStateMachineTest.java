package org.openwtp.core.commerce.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openwtp.core.http.ApiException;

class OrderStateMachineTest {

    @Test
    void happyPathIsAllowedStepByStep() {
        OrderStatus[] path = {OrderStatus.CREATED, OrderStatus.AUTHORIZED, OrderStatus.PAID, OrderStatus.SHIPPED,
                OrderStatus.DELIVERED, OrderStatus.COMPLETED};
        for (int i = 1; i < path.length; i++) {
            assertThat(OrderStateMachine.canMove(path[i - 1], path[i])).as(path[i - 1] + " -> " + path[i]).isTrue();
        }
    }

    @Test
    void illegalTransitionNamesCurrentStatusAndAllowedOnes() {
        assertThatThrownBy(() -> OrderStateMachine.check("ord_1", OrderStatus.SHIPPED, OrderStatus.CANCELLED))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(OrderStateMachine.ILLEGAL_TRANSITION);
                    assertThat(e.code().status()).isEqualTo(409);
                    assertThat(e.detail()).contains("is SHIPPED", "cannot become CANCELLED", "DELIVERED", "PARTIALLY_REFUNDED", "REFUNDED");
                });
    }

    @Test
    void repeatingTheCurrentStatusIsANoOp() {
        assertThat(OrderStateMachine.check("o", OrderStatus.PAID, OrderStatus.PAID)).isFalse();
        assertThat(OrderStateMachine.check("o", OrderStatus.CANCELLED, OrderStatus.CANCELLED)).isFalse();
    }

    @Test
    void secondPartialRefundIsAMove() {
        assertThat(OrderStateMachine.check("o", OrderStatus.PARTIALLY_REFUNDED, OrderStatus.PARTIALLY_REFUNDED)).isTrue();
    }

    @Test
    void finalStatusesAllowNothing() {
        for (OrderStatus s : new OrderStatus[] {OrderStatus.CANCELLED, OrderStatus.REFUNDED, OrderStatus.PAYMENT_FAILED}) {
            assertThat(OrderStateMachine.isFinal(s)).isTrue();
            assertThatThrownBy(() -> OrderStateMachine.check("o", s, OrderStatus.SHIPPED)).hasMessageContaining("it is final");
        }
    }

    @Test
    void cannotCancelAfterCapture() {
        assertThat(OrderStateMachine.canMove(OrderStatus.AUTHORIZED, OrderStatus.CANCELLED)).isTrue();
        assertThat(OrderStateMachine.canMove(OrderStatus.PAID, OrderStatus.CANCELLED)).isFalse();
    }
}
